"""A web route the request names, by its method, path or handler, is removed without the model; a request that
fits no route, or more than one, is left to it."""

from __future__ import annotations

import pytest

from companion.behaviors.routes import removed_route, routes_of

FLASK = '''from flask import Flask

app = Flask(__name__)


@app.route("/books")
def list_books():
    return jsonify(BOOKS)


@app.route("/books/<int:book_id>")
def get_book(book_id):
    return jsonify(find_book(book_id))


@app.route("/books", methods=["POST"])
def add_book():
    return jsonify(book), 201


@app.delete("/books/<int:book_id>")
def delete_book(book_id):
    return "", 204


@app.route("/health")
def health():
    return "ok"
'''

EXPRESS = '''const app = express();

app.get("/todos", (req, res) => {
  res.json(todos);
});

// Removes one to-do.
app.delete("/todos/:id", (req, res) => {
  res.status(204).end();
});

app.listen(3000);
'''


def test_the_routes_of_a_flask_app_and_an_express_app_are_read_with_their_methods():
    assert [str(route) for route in routes_of(FLASK, "python")] == [
        "GET /books", "GET /books/<int:book_id>", "POST /books", "DELETE /books/<int:book_id>", "GET /health"]
    assert [(str(route), route.handler) for route in routes_of(EXPRESS, "javascript")] == [
        ("GET /todos", ""), ("DELETE /todos/:id", "")]


@pytest.mark.parametrize(("request_", "gone"), [
    ("remove the delete route", "def delete_book"),  # by its method
    ("delete the health endpoint", "def health"),  # by a word of its path
    ("remove the /health route", "def health"),  # by its path
    ("drop the get book route", "def get_book"),  # by its handler, though GET /books has those words too
    ("remove the POST /books route", "def add_book"),
])
def test_the_one_route_the_request_names_goes_with_its_handler(request_, gone):
    result, caution = removed_route(FLASK, request_, "python")
    assert gone not in result
    assert len(routes_of(result, "python")) == 4
    assert caution == ""


def test_an_express_route_goes_with_the_comment_above_it_and_the_blank_line_it_leaves():
    result, _ = removed_route(EXPRESS, "remove the delete route", "javascript")
    assert result == 'const app = express();\n\napp.get("/todos", (req, res) => {\n  res.json(todos);\n});\n\napp.listen(3000);\n'


def test_a_handler_still_called_elsewhere_is_removed_with_a_caution():
    code = FLASK + "\n\ndef ping():\n    return health()\n"
    assert removed_route(code, "remove the health route", "python")[1] == "health is still used elsewhere in the file"


@pytest.mark.parametrize("request_", [
    "remove the /books route",  # GET and POST both
    "remove the get route",  # four of them
    "remove the search route",  # none
    "remove the delete route and add a patch one",  # more than a removal
    "remove the books list",  # not a route
])
def test_a_request_that_names_no_one_route_is_left_to_the_model(request_):
    assert removed_route(FLASK, request_, "python") is None
