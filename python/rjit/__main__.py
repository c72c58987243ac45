"""python -m rjit script.py [args...]   run a script with rjit enabled
python -m rjit demo                  the numeric demo (rjit.demo)"""

from .cli import main

if __name__ == "__main__":
    main()
