"""The three-way merge of a section and of its tables, row by row (pure: no database)."""

from mandates.saving import merge_rows, three_way_merge


def row(key, **cells):
    return {"id": key, "name": "", "unit": "", **cells}


ANNE = row("a", name="Anne")
BJORN = row("b", name="Bjørn")
CARL = row("c", name="Carl")


def test_fields_only_one_side_changed_are_taken_from_that_side():
    base = {"background": "", "purpose": "Gammelt"}
    merged, conflicts = three_way_merge(
        base, {"background": "Anne", "purpose": "Gammelt"}, {"background": "", "purpose": "Bjørn"}
    )
    assert merged == {"background": "Anne", "purpose": "Bjørn"} and conflicts == {}


def test_the_same_field_changed_differently_is_a_conflict():
    merged, conflicts = three_way_merge({"a": "x"}, {"a": "mine"}, {"a": "theirs"})
    assert conflicts == {"a": "theirs"} and merged == {"a": "mine"}


def test_empty_none_false_and_missing_are_the_same_but_zero_is_a_number():
    merged, conflicts = three_way_merge({}, {"a": "", "b": False, "n": 0}, {"a": None, "n": None})
    assert conflicts == {}
    assert merged["n"] == 0


def test_two_members_adding_a_row_each_keep_both():
    # Carl was saved first, so he comes first; the row being added now is last.
    assert merge_rows([ANNE], [ANNE, BJORN], [ANNE, CARL]) == [ANNE, CARL, BJORN]


def test_a_row_added_by_the_other_follows_the_row_it_followed():
    assert merge_rows([ANNE, BJORN], [ANNE, BJORN], [ANNE, CARL, BJORN]) == [ANNE, CARL, BJORN]
    assert merge_rows([ANNE], [ANNE], [CARL, ANNE]) == [CARL, ANNE]


def test_different_cells_of_one_row_are_merged():
    mine = [row("a", name="Anne", unit="NAV")]
    theirs = [row("a", name="Anne Ås")]
    assert merge_rows([ANNE], mine, theirs) == [row("a", name="Anne Ås", unit="NAV")]


def test_the_same_cell_changed_differently_is_a_conflict():
    assert merge_rows([ANNE], [row("a", name="Anna")], [row("a", name="Anne Ås")]) is None
    merged, conflicts = three_way_merge(
        {"members": [ANNE]},
        {"members": [row("a", name="Anna")]},
        {"members": [row("a", name="Anne Ås")]},
        tables={"members"},
    )
    assert conflicts == {"members": [row("a", name="Anne Ås")]}


def test_a_row_removed_by_one_side_goes_unless_the_other_changed_it():
    assert merge_rows([ANNE, BJORN], [BJORN], [ANNE, BJORN, CARL]) == [BJORN, CARL]
    assert merge_rows([ANNE, BJORN], [BJORN], [row("a", name="Anne Ås"), BJORN]) is None


def test_a_move_by_one_side_is_kept_with_the_others_edit():
    moved = merge_rows([ANNE, BJORN], [BJORN, ANNE], [ANNE, row("b", name="Bjørn B")])
    assert moved == [row("b", name="Bjørn B"), ANNE]
    theirs_moved = merge_rows([ANNE, BJORN], [row("a", name="A"), BJORN], [BJORN, ANNE])
    assert theirs_moved == [BJORN, row("a", name="A")]


def test_rows_that_cannot_be_told_apart_are_merged_as_a_whole():
    no_ids = [{"name": "Anne"}]
    assert merge_rows(no_ids, [{"name": "Anna"}], [{"name": "Anne Ås"}]) is None
    twice = [ANNE, ANNE]
    assert merge_rows(twice, [ANNE], [BJORN]) is None


def test_a_cell_new_to_the_schema_is_no_change():
    """Rows saved before a column existed lack its key; the form sends it empty."""
    old = {"id": "a", "name": "Anne"}
    mine = [{"id": "a", "name": "Anne", "hours": ""}]
    assert merge_rows([old], mine, [{"id": "a", "name": "Anne Ås"}]) == [
        {"id": "a", "name": "Anne Ås"}
    ]
