/* A PEP 523 evaluator that does nothing but call CPython's own: the floor of what any hook
 * costs on CPython 3.11, which stops inlining Python-to-Python calls once a hook is installed.
 * Built and loaded on the fly by bench/hook_cost.py (needs a C compiler and Python.h); the
 * "pass-through" column there is the price of PEP 523 itself, so the difference between it and
 * rjit's "hook" column is rjit's own per-call cost. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static _PyFrameEvalFunction previous;

static PyObject *passthrough(PyThreadState *tstate, struct _PyInterpreterFrame *frame, int throwflag) {
    return _PyEval_EvalFrameDefault(tstate, frame, throwflag);
}

static PyObject *install(PyObject *self, PyObject *unused) {
    PyInterpreterState *interp = PyInterpreterState_Get();
    previous = _PyInterpreterState_GetEvalFrameFunc(interp);
    _PyInterpreterState_SetEvalFrameFunc(interp, passthrough);
    Py_RETURN_NONE;
}

static PyObject *uninstall(PyObject *self, PyObject *unused) {
    _PyInterpreterState_SetEvalFrameFunc(PyInterpreterState_Get(), previous);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"install", install, METH_NOARGS, NULL},
    {"uninstall", uninstall, METH_NOARGS, NULL},
    {NULL},
};
static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "passthrough_hook", NULL, -1, methods};
PyMODINIT_FUNC PyInit_passthrough_hook(void) { return PyModule_Create(&module); }
