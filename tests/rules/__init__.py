"""Rule tables: the files, the loader and the `flask rules` commands."""
