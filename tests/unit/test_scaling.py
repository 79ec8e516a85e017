"""A recipe is scaled by arithmetic: each ingredient's quantity multiplied, its noun agreeing, the servings line
following; nothing else in the recipe changes."""

from __future__ import annotations

import pytest

from companion.behaviors.scaling import scaled

SOUP = (
    "# Lentil Soup\n\nServes four. Takes about forty minutes.\n\n## Ingredients\n\n"
    "- 1 onion, chopped\n- 2 cloves of garlic\n- 250 g red lentils\n- 1 litre vegetable stock\n- juice of half a lemon\n\n"
    "## Method\n\n1. Soften the onion for 10 minutes.\n2. Simmer for 20 minutes.\n"
)


@pytest.mark.parametrize(("request_", "serves", "items"), [
    ("double the recipe", "Serves eight.", ["- 2 onions, chopped", "- 4 cloves of garlic", "- 500 g red lentils",
                                            "- 2 litres vegetable stock"]),
    ("halve the quantities", "Serves two.", ["- 1/2 onion, chopped", "- 1 clove of garlic", "- 125 g red lentils",
                                             "- 1/2 litre vegetable stock"]),
    ("make it for 6 people", "Serves six.", ["- 1 1/2 onions, chopped", "- 3 cloves of garlic", "- 375 g red lentils",
                                             "- 1 1/2 litres vegetable stock"]),
])
def test_each_quantity_and_the_servings_are_scaled_and_the_method_is_not(request_, serves, items):
    expected = SOUP.replace("Serves four.", serves)
    for old, new in zip(["- 1 onion, chopped", "- 2 cloves of garlic", "- 250 g red lentils", "- 1 litre vegetable stock"],
                        items, strict=True):
        expected = expected.replace(old, new)
    assert scaled(SOUP, request_) == expected


def test_fractions_ranges_and_decimal_commas_are_written_as_the_recipe_writes_them():
    ingredients = "## Ingredients\n\n- 1½ cups flour\n- ¾ cup milk\n- 2-3 tbsp sugar\n- 1,5 kg potatoes\n"
    assert scaled(ingredients, "double it") == (
        "## Ingredients\n\n- 3 cups flour\n- 1½ cups milk\n- 4-6 tbsp sugar\n- 3 kg potatoes\n")


@pytest.mark.parametrize(("text", "request_"), [
    (SOUP, "make the intro more inviting"),  # no scaling
    (SOUP.replace("Serves four. ", ""), "make it for 6 people"),  # how many it serves now is not said
    (SOUP.replace("Serves four.", "Makes 12 bowls."), "make it for 6 people"),  # bowls are not people
    ("# Plan\n\n- 2 days in Porto\n", "double the recipe"),  # no ingredients list
])
def test_nothing_is_scaled_without_a_factor_or_an_ingredients_list(text, request_):
    assert scaled(text, request_) is None
