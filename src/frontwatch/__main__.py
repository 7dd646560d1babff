"""`python -m frontwatch ...` is the same as the `frontwatch` command."""
from .cli import main

main()
