"""jupyter_kernel_test (the Jupyter project's conformance suite, pinned to
0.7.0) against the installed golinalg kernel. Expected execute_result text is
computed by NumPy in this process at test time."""
import unittest

import jupyter_kernel_test
import numpy as np

from conftest import GOLINALG

assert jupyter_kernel_test.__version__ == "0.7.0"


class GolinalgKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = GOLINALG
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys\nprint('to stderr', file=sys.stderr)"
    code_generate_error = "raise ValueError('boom')"

    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": "import numpy as np\nnp.linalg.inv(np.array([[52, 22], [43, 24]]))",
         "result": repr(np.linalg.inv(np.array([[52, 22], [43, 24]])))},
        {"code": "import numpy as np\nnp.array([[52, 22], [43, 24]])",
         "result": repr(np.array([[52, 22], [43, 24]]))},
        {"code": "import numpy as np\nnp.linalg.inv(np.array([[52, 22], [43, 24]]))", "mime": "text/html"},
    ]
    code_history_pattern = "1 + 2*"
    supported_history_operations = ("tail", "range", "search")

    code_page_something = "import numpy as np\nnp.linalg.inv?"
    code_inspect_sample = "print"
    code_display_data = [
        {"code": "from IPython.display import display, HTML\ndisplay(HTML('<b>bold</b>'))", "mime": "text/html"},
        {"code": "import numpy as np\ndisplay(np.eye(2))", "mime": "text/plain"},
        {"code": "import numpy as np\ndisplay(np.eye(2))", "mime": "text/latex"},
    ]
    code_clear_output = "from IPython.display import clear_output\nclear_output()"
    completion_samples = [
        {"text": "pri", "matches": {"print"}},
        {"text": "import numpy as np\nnp.linalg.in", "matches": {"inv"}},
    ]

    complete_code_samples = ["1", "print('hello, world')", "import numpy as np", "x = [1,\n 2]"]
    incomplete_code_samples = ["for i in range(3):", "x = (1,", "def f(x):\n    return x", 'print("""a']
    invalid_code_samples = ["1 +* 2", ")", "x = = 1"]


if __name__ == "__main__":
    unittest.main()
