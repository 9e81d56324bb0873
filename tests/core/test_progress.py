"""The cancellation contract every core function relies on."""

import pytest

from conecta.core.progress import Cancelled, report, scaled


def test_progress_callback_returning_false_cancels():
    seen = []
    report(lambda f: seen.append(f) or True, 0.5)
    assert seen == [0.5]
    with pytest.raises(Cancelled):
        report(lambda f: False, 0.7)


def test_scaled_progress_maps_into_sub_range():
    seen = []
    sub = scaled(lambda f: seen.append(round(f, 3)) or True, 0.5, 1.0)
    report(sub, 0.5)
    assert seen == [0.75]
