"""The port a server listens on, or a compose file publishes, is set exactly, without the model: in the code and in
the messages and URLs that repeat it."""

from __future__ import annotations

import pytest

from companion.behaviors.ports import port_set
from tests.scripted import proposed_without_the_model

EXPRESS = ('const app = express();\n\napp.get("/", (req, res) => res.send("hi"));\n\n'
           'app.listen(3000, () => {\n  console.log("listening on 3000");\n});\n')
FLASK = 'if __name__ == "__main__":\n    app.run(debug=True, port=5000)\n'
STDLIB = ('server = HTTPServer(("", 8000), SimpleHTTPRequestHandler)\nprint("Serving on http://localhost:8000")\n'
          'server.serve_forever()\n')
GO = ('func main() {\n\thttp.HandleFunc("/health", healthHandler)\n\tlog.Println("listening on :8080")\n'
      '\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}\n')
COMPOSE = ('services:\n  web:\n    image: nginx:1.25\n    ports:\n      - "8080:80"\n  db:\n    image: postgres:16\n'
           '    ports:\n      - 5432:5432\n')


@pytest.mark.parametrize(("text", "request_", "new"), [
    (EXPRESS, "change the port to 8080", EXPRESS.replace("3000", "8080")),
    (EXPRESS, "run it on port 4000 instead", EXPRESS.replace("3000", "4000")),
    (FLASK, "the port should be 5001", FLASK.replace("5000", "5001")),
    (STDLIB, "serve it on port 9000", STDLIB.replace("8000", "9000")),
    (GO, "change the port to 9090", GO.replace("8080", "9090")),
    (COMPOSE, "expose the web service on port 8000 instead", COMPOSE.replace('"8080:80"', '"8000:80"')),
    (COMPOSE, "publish the db on port 5433", COMPOSE.replace("5432:5432", "5433:5432")),
])
def test_the_port_is_the_one_asked_for_wherever_it_is_written(text, request_, new):
    assert port_set(text, request_) == new


def test_other_numbers_beside_the_port_are_left_alone():
    code = "setTimeout(flush, 3000);\napp.listen(3000);\n"
    assert port_set(code, "change the port to 8080") == "setTimeout(flush, 3000);\napp.listen(8080);\n"


@pytest.mark.parametrize(("text", "request_"), [
    (EXPRESS, "change the port to 3000"),  # already
    (EXPRESS, "which port does it use? 3000?"),  # a question
    (EXPRESS, "make the port configurable, default 8080"),  # asks for more than a number
    ("app.listen(3000);\nadmin.listen(3001);\n", "change the port to 8080"),  # which one?
    (COMPOSE, "expose it on port 8000"),  # which service?
    ("const retries = 3;\n", "change the port to 8080"),  # no port
    (EXPRESS, "change the port to 99999"),  # not a port
])
def test_no_port_is_set_where_the_request_or_the_code_does_not_say_which(text, request_):
    assert port_set(text, request_) is None


def test_the_new_port_is_proposed_without_asking_the_model(repo):
    proposal = proposed_without_the_model(repo, "server.js", EXPRESS, "change the port to 8080")
    assert proposal.result() == EXPRESS.replace("3000", "8080")


def test_a_compose_files_published_port_is_proposed_without_asking_the_model(repo):
    proposal = proposed_without_the_model(repo, "compose.yml", COMPOSE, "expose the web service on port 8000 instead")
    assert proposal.result() == COMPOSE.replace('"8080:80"', '"8000:80"')
