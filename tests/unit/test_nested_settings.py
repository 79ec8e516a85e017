"""A YAML setting is named by its own words and those of the keys it is nested under; an image's tag is bumped
without its name; "scale to 4 replicas" sets the replicas."""

import pytest

from companion.behaviors.labels import labelled_value_set

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: web
          image: tidepool/web:1.4.0
          ports:
            - containerPort: 8080
          resources:
            limits:
              memory: "256Mi"
              cpu: "500m"
"""


@pytest.mark.parametrize(("request_", "old", "new"), [
    ("raise the memory limit to 512Mi", 'memory: "256Mi"', 'memory: "512Mi"'),
    ("the cpu limit should be 1", 'cpu: "500m"', 'cpu: "1"'),
    ("change the container port to 9090", "containerPort: 8080", "containerPort: 9090"),
    ("bump the image to 1.5.0", "image: tidepool/web:1.4.0", "image: tidepool/web:1.5.0"),
    ("set the image to nginx:1.27", "image: tidepool/web:1.4.0", "image: nginx:1.27"),
    ("scale to 4 replicas", "replicas: 2", "replicas: 4"),
    ("scale the deployment up to 6 replicas", "replicas: 2", "replicas: 6"),
])
def test_a_nested_setting_is_set_where_its_words_and_its_parents_name_it(request_, old, new):
    assert labelled_value_set(DEPLOYMENT, request_, config=True) == DEPLOYMENT.replace(old, new)


def test_a_setting_named_under_two_parents_is_left_to_the_model():
    text = "limits:\n  memory: 1Gi\nrequests:\n  memory: 512Mi\n"
    assert labelled_value_set(text, "set the memory to 2Gi", config=True) is None
    assert labelled_value_set(text, "set the memory limit to 2Gi", config=True) == text.replace("1Gi", "2Gi")


def test_words_the_parents_do_not_have_name_no_setting():
    assert labelled_value_set(DEPLOYMENT, "raise the memory request to 512Mi", config=True) is None


def test_scaling_prose_is_not_setting_one_line():
    recipe = "# Soup\n\nServings: 2\n\n- 200 g lentils\n"
    assert labelled_value_set(recipe, "scale the recipe to 4 servings") is None
