"""Edit-weighted loss: which response tokens of an edit count more (training/loss_weights.py)."""

from training.loss_weights import edit_weights

COPY = [10, 11, 12, 13, 99]  # "Kind regards , Sam </revised>" as token ids


def test_a_replaced_word_is_weighted_and_the_copied_rest_is_not():
    assert edit_weights(COPY, [20, 11, 12, 13, 99], 3.0) == [3.0, 1.0, 1.0, 1.0, 1.0]


def test_every_inserted_token_is_weighted():
    assert edit_weights(COPY, [10, 11, 12, 30, 31, 13, 99], 3.0) == [1.0, 1.0, 1.0, 3.0, 3.0, 1.0, 1.0]


def test_a_deletion_weights_the_token_where_the_model_must_skip():
    assert edit_weights(COPY, [10, 13, 99], 3.0) == [1.0, 3.0, 1.0]


def test_a_deletion_at_the_end_weights_nothing_past_the_response():
    assert edit_weights([10, 11, 12], [10, 11], 3.0) == [1.0, 1.0]


def test_a_weight_of_one_is_plain_cross_entropy():
    assert edit_weights(COPY, [20, 21, 22], 1.0) == [1.0, 1.0, 1.0]


def test_a_full_rewrite_weights_every_token():
    assert edit_weights(COPY, [40, 41, 42], 3.0) == [3.0, 3.0, 3.0]
