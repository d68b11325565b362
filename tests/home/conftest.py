import pytest

from tests.conftest import PAGE_TYPES


@pytest.fixture
def one_of_each(every_page_type):
    """A live page of every type, as editors would have made them (tests/conftest.py)."""
    return {page_class: page_class.objects.live().first() for page_class in PAGE_TYPES}
