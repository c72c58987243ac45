//! `match` statement support: ceval.c's `match_keys`, `match_class` and `match_class_attr`
//! (3.11.7), transcribed with their messages.
//! Ownership: arguments are borrowed; results are new references. A NULL result without an
//! exception means "no match".

use std::ffi::c_int;
use std::ptr;

use pyo3_ffi::*;

use crate::cpython::ffi as cffi;

/// `_Py_TPFLAGS_MATCH_SELF` (object.h): bool, int, str, … match their subject positionally.
const TPFLAGS_MATCH_SELF: std::ffi::c_ulong = 1 << 22;

/// A tuple of `map[k]` for each key, None if a key is missing, NULL on error.
///
/// # Safety
/// GIL held; `keys` is a tuple.
pub(crate) unsafe fn match_keys(map: *mut PyObject, keys: *mut PyObject) -> *mut PyObject {
    // SAFETY: public C API on live objects.
    unsafe {
        let nkeys = PyTuple_GET_SIZE(keys);
        if nkeys == 0 {
            return PyTuple_New(0);
        }
        let (mut seen, mut dummy, mut values, mut get) = (
            ptr::null_mut(),
            ptr::null_mut(),
            ptr::null_mut(),
            ptr::null_mut(),
        );
        let result = 'body: {
            static GET: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
            let Some(get_name) = crate::runtime::calls::interned(&GET, c"get") else {
                break 'body crate::runtime::ops::no_memory();
            };
            let meth_found = cffi::_PyObject_GetMethod(map, get_name, &mut get);
            if get.is_null() {
                break 'body ptr::null_mut();
            }
            seen = PySet_New(ptr::null_mut());
            if seen.is_null() {
                break 'body ptr::null_mut();
            }
            dummy = PyObject_CallNoArgs(ptr::addr_of_mut!(PyBaseObject_Type) as *mut PyObject);
            if dummy.is_null() {
                break 'body ptr::null_mut();
            }
            values = PyTuple_New(nkeys);
            if values.is_null() {
                break 'body ptr::null_mut();
            }
            for i in 0..nkeys {
                let key = PyTuple_GET_ITEM(keys, i);
                if PySet_Contains(seen, key) != 0 || PySet_Add(seen, key) != 0 {
                    if PyErr_Occurred().is_null() {
                        PyErr_Format(
                            PyExc_ValueError,
                            c"mapping pattern checks duplicate key (%R)".as_ptr(),
                            key,
                        );
                    }
                    break 'body ptr::null_mut();
                }
                let args = [map, key, dummy];
                let value = if meth_found != 0 {
                    PyObject_Vectorcall(get, args.as_ptr(), 3, ptr::null_mut())
                } else {
                    PyObject_Vectorcall(get, args.as_ptr().add(1), 2, ptr::null_mut())
                };
                if value.is_null() {
                    break 'body ptr::null_mut();
                }
                if value == dummy {
                    Py_DECREF(value);
                    Py_DECREF(values);
                    values = ptr::null_mut();
                    Py_INCREF(Py_None());
                    break 'body Py_None();
                }
                PyTuple_SET_ITEM(values, i, value);
            }
            let v = values;
            values = ptr::null_mut();
            v
        };
        Py_XDECREF(get);
        Py_XDECREF(seen);
        Py_XDECREF(dummy);
        Py_XDECREF(values);
        result
    }
}

unsafe fn type_name(t: *mut PyObject) -> *const std::ffi::c_char {
    // SAFETY: t is a type object.
    unsafe { (*(t as *mut PyTypeObject)).tp_name }
}

unsafe fn match_class_attr(
    subject: *mut PyObject,
    ty: *mut PyObject,
    name: *mut PyObject,
    seen: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: GIL held; all borrowed.
    unsafe {
        if PySet_Contains(seen, name) != 0 || PySet_Add(seen, name) != 0 {
            if PyErr_Occurred().is_null() {
                PyErr_Format(
                    PyExc_TypeError,
                    c"%s() got multiple sub-patterns for attribute %R".as_ptr(),
                    type_name(ty),
                    name,
                );
            }
            return ptr::null_mut();
        }
        let attr = PyObject_GetAttr(subject, name);
        if attr.is_null() && PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
            PyErr_Clear();
        }
        attr
    }
}

/// A tuple of extracted attributes on a match; NULL otherwise (check `PyErr_Occurred`).
///
/// # Safety
/// GIL held; `kwargs` is a tuple of str.
pub(crate) unsafe fn match_class(
    subject: *mut PyObject,
    ty: *mut PyObject,
    nargs: Py_ssize_t,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: public C API on live objects.
    unsafe {
        if PyType_Check(ty) == 0 {
            PyErr_SetString(
                PyExc_TypeError,
                c"called match pattern must be a type".as_ptr(),
            );
            return ptr::null_mut();
        }
        if PyObject_IsInstance(subject, ty) <= 0 {
            return ptr::null_mut();
        }
        let seen = PySet_New(ptr::null_mut());
        if seen.is_null() {
            return ptr::null_mut();
        }
        let attrs = PyList_New(0);
        if attrs.is_null() {
            Py_DECREF(seen);
            return ptr::null_mut();
        }
        let mut match_args: *mut PyObject = ptr::null_mut();
        let ok = 'body: {
            if nargs > 0 {
                let mut match_self = false;
                static MATCH_ARGS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
                match_args = match crate::runtime::calls::interned(&MATCH_ARGS, c"__match_args__") {
                    Some(name) => PyObject_GetAttr(ty, name),
                    None => crate::runtime::ops::no_memory(),
                };
                if !match_args.is_null() {
                    if PyTuple_CheckExact(match_args) == 0 {
                        PyErr_Format(
                            PyExc_TypeError,
                            c"%s.__match_args__ must be a tuple (got %s)".as_ptr(),
                            type_name(ty),
                            (*Py_TYPE(match_args)).tp_name,
                        );
                        break 'body false;
                    }
                } else if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
                    PyErr_Clear();
                    match_args = PyTuple_New(0);
                    if match_args.is_null() {
                        break 'body false;
                    }
                    match_self =
                        PyType_HasFeature(ty as *mut PyTypeObject, TPFLAGS_MATCH_SELF) != 0;
                } else {
                    break 'body false;
                }
                let allowed = if match_self {
                    1
                } else {
                    PyTuple_GET_SIZE(match_args)
                };
                if allowed < nargs {
                    let plural = if allowed == 1 { c"" } else { c"s" };
                    PyErr_Format(
                        PyExc_TypeError,
                        c"%s() accepts %d positional sub-pattern%s (%d given)".as_ptr(),
                        type_name(ty),
                        allowed as c_int,
                        plural.as_ptr(),
                        nargs as c_int,
                    );
                    break 'body false;
                }
                if match_self {
                    PyList_Append(attrs, subject);
                } else {
                    for i in 0..nargs {
                        let name = PyTuple_GET_ITEM(match_args, i);
                        if PyUnicode_CheckExact(name) == 0 {
                            PyErr_Format(
                                PyExc_TypeError,
                                c"__match_args__ elements must be strings (got %s)".as_ptr(),
                                (*Py_TYPE(name)).tp_name,
                            );
                            break 'body false;
                        }
                        let attr = match_class_attr(subject, ty, name, seen);
                        if attr.is_null() {
                            break 'body false;
                        }
                        PyList_Append(attrs, attr);
                        Py_DECREF(attr);
                    }
                }
                Py_DECREF(match_args);
                match_args = ptr::null_mut();
            }
            for i in 0..PyTuple_GET_SIZE(kwargs) {
                let name = PyTuple_GET_ITEM(kwargs, i);
                let attr = match_class_attr(subject, ty, name, seen);
                if attr.is_null() {
                    break 'body false;
                }
                PyList_Append(attrs, attr);
                Py_DECREF(attr);
            }
            true
        };
        Py_XDECREF(match_args);
        Py_DECREF(seen);
        if !ok {
            Py_DECREF(attrs);
            return ptr::null_mut();
        }
        let t = PyList_AsTuple(attrs);
        Py_DECREF(attrs);
        t
    }
}
