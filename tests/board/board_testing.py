"""Constants shared by the board tests and their fixtures."""

BOARD_KEY = "tvmq-test-rpi4"  # the tracker key of the test boards (not a user's "rpi4")
