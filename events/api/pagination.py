from rest_framework.pagination import PageNumberPagination


class NumberedPagination(PageNumberPagination):
    """Numbered pages for the smaller resources (sources, actors, places)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
