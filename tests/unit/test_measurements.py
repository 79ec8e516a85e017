"""Measurements are converted by arithmetic and a table of densities: each amount with a unit of weight, volume
or temperature in the system asked for, rounded as a cook measures, in the manner the text writes it; what the
user should check is said, and nothing else changes."""

from __future__ import annotations

import pytest

from companion.behaviors.measurements import converted
from companion.behaviors.route import route
from companion.session import Session
from companion.workspace import Workspace
from tests.scripted import ScriptedEngine

SOUP = (
    "# Weeknight Lentil Soup\n\nServes four. Takes about forty minutes.\n\n## Ingredients\n\n"
    "- 1 onion, chopped\n- 2 cloves of garlic\n- 250 g red lentils\n- 1 litre vegetable stock\n"
    "- juice of half a lemon\n\n## Method\n\n1. Soften the onion in 2 tbsp olive oil for ten minutes.\n"
    "2. Add the lentils and stock and simmer for twenty minutes.\n"
)

CAKE = (
    "Preheat the oven to 180°C (160C fan). Butter a 20 cm tin.\n\n"
    "- 2 cups flour\n- 1/2 cup milk\n- 8 oz butter, softened\n- 1 1/2-2 cups sugar\n- 2 tbsp honey\n"
    "- 200 g smoked tofu\n- 3 eggs\n\nBake at 350 degrees F for 25 minutes.\n"
)


def test_weights_and_volumes_become_cups_through_the_ingredient_and_the_rest_is_untouched():
    conversion = converted(SOUP, "convert every measurement to US cups")
    assert conversion.text == SOUP.replace("250 g red lentils", "1 1/3 cups red lentils").replace(
        "1 litre vegetable stock", "4 1/4 cups vegetable stock")
    assert "a cup of red lentils as 190 g" in conversion.note  # the density used is said, to be checked


def test_a_weight_whose_ingredient_is_unknown_is_left_as_written_and_named():
    conversion = converted(CAKE, "convert everything to cups")
    assert "- 1 cup butter, softened" in conversion.text
    assert "- 200 g smoked tofu" in conversion.text
    assert "200 g smoked tofu" in conversion.note.split("left as written")[1]


def test_metric_weighs_dry_ingredients_measures_liquids_and_reads_oven_temperatures_in_celsius():
    conversion = converted(CAKE, "convert the recipe to metric")
    assert "- 250 g flour\n- 120 ml milk\n- 225 g butter, softened\n- 300-400 g sugar\n" in conversion.text
    assert "Bake at 180 degrees C for 25 minutes." in conversion.text
    assert "- 2 tbsp honey" in conversion.text  # spoons are metric enough
    assert "- 3 eggs" in conversion.text and "20 cm tin" in conversion.text


def test_us_units_take_weights_without_a_density_to_ounces_and_temperatures_to_fahrenheit():
    conversion = converted(CAKE, "convert to US units")
    assert "- 7 oz smoked tofu" in conversion.text
    assert "Preheat the oven to 350°F (325F fan)." in conversion.text


def test_only_temperatures_change_when_only_they_are_asked_for():
    conversion = converted(CAKE, "convert the oven temperature to fahrenheit")
    assert conversion.text == CAKE.replace("180°C (160C fan)", "350°F (325F fan)")
    assert conversion.note == ""


@pytest.mark.parametrize(("text", "request_", "expected"), [
    ("- 1½ cups flour\n", "use grams instead of cups", "- 190 g flour\n"),
    ("- 80 ml cream\n", "convert to cups", "- 1/3 cup cream\n"),
    ("- 30 ml lemon juice\n", "convert to cups", "- 2 tbsp lemon juice\n"),
    ("- 5 ml vanilla\n", "convert to cups", "- 1 tsp vanilla\n"),
    ("- 250 ml milk\n", "convert to cups", "- 1 cup milk\n"),
    ("- 100g sugar\n", "convert to cups", "- 1/2 cup sugar\n"),
    ("- 1¼ litres water\n", "convert to cups", "- 5¼ cups water\n"),
    ("- 500 grams potatoes\n", "convert to imperial", "- 1 pound potatoes\n"),
    ("- 2.2 lb potatoes\n", "convert to metric", "- 1 kg potatoes\n"),
    ("- 4 cups chicken stock\n", "convert to metric", "- 950 ml chicken stock\n"),
    ("- 5 cups chicken stock\n", "convert to metric", "- 1.2 litres chicken stock\n"),
    ("Roast at 425 °F.\n", "convert to celsius", "Roast at 220 °C.\n"),
    ("Bring it to 100°C.\n", "convert to fahrenheit", "Bring it to 212°F.\n"),  # oven dials are rounded, not this
    ("Warm it to 40 degrees Celsius.\n", "put it in fahrenheit", "Warm it to 104 degrees Fahrenheit.\n"),
])
def test_amounts_are_rounded_as_a_cook_measures_and_written_as_the_text_writes_them(text, request_, expected):
    assert converted(text, request_).text == expected


@pytest.mark.parametrize(("text", "request_"), [
    (SOUP, "convert this to typescript"),  # not a system of measures
    (SOUP, "change the date to the 21st"),
    (SOUP, "write it in US English"),
    (SOUP, "convert the recipe to metric"),  # metric already
    ("- 2 C flour\n- 2 large eggs\n", "convert to fahrenheit"),  # "C" after one digit is cups; "l" begins "large"
    ("We walked 5 km and drank 2 l of water.\n", "make it more vivid"),
])
def test_nothing_is_converted_where_nothing_is_asked_or_nothing_needs_it(text, request_):
    assert converted(text, request_) is None


def test_such_requests_are_routed_as_rewrites_and_made_without_the_model(repo):
    (repo / "soup.md").write_text(SOUP)
    commenting = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"), choice=lambda prompt, choices: choices[-1])
    assert route(commenting, "convert every measurement to US cups", "soup.md", False, document=SOUP) == "rewrite"
    assert route(commenting, "convert every measurement to US cups", "soup.md", True, document=SOUP) == "edit"
    proposal = Session(commenting, Workspace(repo), None).propose_edit("soup.md", "convert every measurement to US cups",
                                                                      rewrite=True)
    assert "4 1/4 cups vegetable stock" in proposal.result()
    assert all("190 g" in hunk.tentative for hunk in proposal.hunks)
