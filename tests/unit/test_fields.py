"""An optional field asked for by name goes last among the fields of the one record type named, typed from its
name and marked tentative, without the model."""

from __future__ import annotations

import pytest

from companion.behaviors.fields import TYPE_GUESSED, optional_field_added
from tests.scripted import proposed_without_the_model

CART = ("export interface Item {\n  name: string;\n  price: number;\n}\n\n"
        "export class Cart {\n  private items: Item[] = [];\n}\n")
STOCK = ("from dataclasses import dataclass\n\n\n@dataclass\nclass Item:\n    \"\"\"A line of stock.\"\"\"\n\n"
         "    name: str\n    quantity: int\n\n    def value(self):\n        return self.quantity\n")


@pytest.mark.parametrize(("request_", "line"), [
    ("Item should have an optional sku field", "  sku?: string;"),
    ("add an optional discount to Item", "  discount?: number;"),
    ("give Item an optional created at field", "  createdAt?: Date;"),
    ("add an optional is gift property to the Item interface", "  isGift?: boolean;"),
])
def test_a_typescript_interface_gains_the_field_after_its_members(request_, line):
    added = optional_field_added(CART, request_, "typescript")
    assert added.text == CART.replace("  price: number;\n", f"  price: number;\n{line}\n")
    assert added.tentative == TYPE_GUESSED


def test_an_object_type_keeps_its_separators():
    user = "type User = {\n  id: number,\n  name: string,\n};\n"
    assert optional_field_added(user, "User should have an optional email", "typescript").text == (
        "type User = {\n  id: number,\n  name: string,\n  email?: string,\n};\n")


@pytest.mark.parametrize(("request_", "line"), [
    ("Item should have an optional sku field", "    sku: str | None = None"),
    ("give Item an optional restock count", "    restock_count: int | None = None"),
    ("add an optional tags field to the Item dataclass", "    tags: list[str] | None = None"),
])
def test_a_python_dataclass_gains_the_field_with_a_default_after_its_fields(request_, line):
    assert optional_field_added(STOCK, request_, "python").text == STOCK.replace(
        "    quantity: int\n", f"    quantity: int\n{line}\n")


def test_the_modules_own_way_of_writing_optional_is_kept_and_no_unimported_type_is_used():
    typed = STOCK.replace("from dataclasses", "from typing import Optional\nfrom dataclasses")
    assert "    supplier: Optional[str] = None\n" in optional_field_added(typed, "Item should have an optional supplier", "python").text
    assert "    restock_date: str | None = None\n" in optional_field_added(STOCK, "add an optional restock date to Item", "python").text


@pytest.mark.parametrize(("code", "request_", "language"), [
    (CART, "Item should have an optional name field", "typescript"),  # there already
    (CART, "Basket should have an optional sku field", "typescript"),  # no such record
    (CART, "Item should have a sku field", "typescript"),  # not optional: what it holds by default is not said
    (STOCK, "Item should have an optional sku field", "javascript"),
])
def test_no_field_is_added_where_it_is_there_the_record_is_unknown_or_it_is_not_optional(code, request_, language):
    assert optional_field_added(code, request_, language) is None


def test_such_a_request_is_routed_as_an_edit_and_made_without_the_model(repo):
    proposal = proposed_without_the_model(repo, "cart.ts", CART, "Item should have an optional sku field")
    assert "  sku?: string;\n" in proposal.result()
    assert [hunk.tentative for hunk in proposal.hunks] == [TYPE_GUESSED]
