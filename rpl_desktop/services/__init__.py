"""Use cases over domain + store. No Qt: the GUI, the CLI and the tests all call these."""
