"""The feeder: read article files (or stdin), normalise them into `Article`s and publish them."""
