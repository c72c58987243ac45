//! Inline caches: `LOAD_GLOBAL`, `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR` in compiled code
//! go through these helpers, each instruction with its own cache (`INLINE_CACHE_BYTES` in the
//! memory the runtime table points to; zeroed = empty). A cache fills itself on first use from
//! what the lookup found.
//!
//! Globals ([`GlobalCache`]): keyed on the `ma_version_tag` of the globals (and, for builtins,
//! the builtins) dict. PEP 509 tags are unique across all dicts and change on every
//! modification, so an equal tag means the same, unchanged dict, and the cached value (borrowed
//! from it) is still there. One global assignment anywhere in the module refills every site.
//!
//! Attributes ([`AttrCache`]): like CPython's own `LOAD_ATTR_INSTANCE_VALUE`,
//! `LOAD_METHOD_WITH_VALUES`, `LOAD_METHOD_NO_DICT` and `STORE_ATTR_INSTANCE_VALUE`, guarding
//! exactly what they guard.
//!
//! Invariants (attributes):
//! - a hit returns what the generic lookup would, without calling it: the guard is the type's
//!   valid version tag (so the type's and its bases' dicts, `__getattribute__`/`__setattr__`
//!   and descriptors are unchanged), plus for methods that the instance cannot shadow the name
//!   (no materialised dict, and the shared keys still lack the name);
//! - a miss runs the generic C API call, so behaviour (exceptions included) is CPython's;
//! - a site refills at most `MAX_FILLS` times, then stays generic (polymorphic sites);
//! - caches hold no references: `descr` is borrowed from the type's dict, kept alive while the
//!   version tag that guards it holds (tags are never reused).
//!
//! All helpers run with the GIL held; a cache is only touched by the thread holding it.

use std::ffi::{c_int, c_void};
use std::ptr;

use pyo3_ffi::*;

use super::ops::{NAME_ERROR_MSG, format_exc_check_arg};
use crate::cpython::{self as cp, InterpreterFrame, ffi as cffi};

/// One instruction's cache. Zeroed memory is an empty cache. Layout is part of the ABI.
#[repr(C)]
pub struct AttrCache {
    kind: u16,
    fills: u16,
    /// Type version tag at fill time.
    version: u32,
    /// `INSTANCE_VALUE`: index into the instance values; `METHOD_VALUES`: shared keys'
    /// `dk_nentries` at fill time.
    index: isize,
    /// `METHOD_VALUES`: the type's shared keys at fill time (compared, never dereferenced
    /// unless equal to the live type's).
    keys: *mut c_void,
    /// `METHOD_*`: the method descriptor found on the type. Borrowed (see module doc).
    descr: *mut PyObject,
}

/// Bytes per cache; the runtime table's cache area holds one per cached instruction.
pub const INLINE_CACHE_BYTES: usize = 32;
const _: () = assert!(std::mem::size_of::<AttrCache>() == INLINE_CACHE_BYTES);
const _: () = assert!(std::mem::size_of::<GlobalCache>() <= INLINE_CACHE_BYTES);

/// One LOAD_GLOBAL's cache. Zeroed memory is an empty cache (no dict has tag 0).
#[repr(C)]
pub struct GlobalCache {
    /// `ma_version_tag` of the globals dict at fill time.
    globals_tag: u64,
    /// `ma_version_tag` of the builtins dict when the value came from there, else 0 (any).
    builtins_tag: u64,
    /// The value found. Borrowed from the dict whose tag guards it.
    value: *mut PyObject,
}

/// `GlobalCache` field offsets, for compiled code's inline hit check.
pub const GLOBAL_CACHE_GLOBALS_TAG: usize = std::mem::offset_of!(GlobalCache, globals_tag);
pub const GLOBAL_CACHE_BUILTINS_TAG: usize = std::mem::offset_of!(GlobalCache, builtins_tag);
pub const GLOBAL_CACHE_VALUE: usize = std::mem::offset_of!(GlobalCache, value);

/// `ma_version_tag` of an exact dict.
///
/// # Safety
/// `d` is a live exact dict.
#[inline(always)]
unsafe fn dict_tag(d: *mut PyObject) -> u64 {
    // SAFETY: as documented.
    unsafe { (*(d as *mut PyDictObject)).ma_version_tag }
}

/// LOAD_GLOBAL: globals, then builtins, through the site's cache.
/// Ownership: `name` borrowed; returns a new reference, or NULL with an exception set.
///
/// # Safety
/// GIL held; `frame` live; `name` a str; `cache` points into a live code state's cache area.
pub unsafe extern "C" fn rjit_load_global(
    frame: *mut InterpreterFrame,
    name: *mut PyObject,
    cache: *mut GlobalCache,
) -> *mut PyObject {
    // SAFETY: f_globals/f_builtins are borrowed from the frame's live function; the tags are
    // read only once the objects are known to be exact dicts.
    unsafe {
        let globals = (*frame).f_globals;
        let builtins = (*frame).f_builtins;
        if PyDict_CheckExact(globals) == 0 || PyDict_CheckExact(builtins) == 0 {
            return load_global_mapping(globals, builtins, name);
        }
        let c = &mut *cache;
        if c.globals_tag == dict_tag(globals)
            && (c.builtins_tag == 0 || c.builtins_tag == dict_tag(builtins))
        {
            Py_INCREF(c.value);
            return c.value;
        }
        let v = PyDict_GetItemWithError(globals, name);
        if !v.is_null() {
            *c = GlobalCache {
                globals_tag: dict_tag(globals),
                builtins_tag: 0,
                value: v,
            };
            Py_INCREF(v);
            return v;
        }
        if !PyErr_Occurred().is_null() {
            return ptr::null_mut();
        }
        let v = PyDict_GetItemWithError(builtins, name);
        if !v.is_null() {
            *c = GlobalCache {
                globals_tag: dict_tag(globals),
                builtins_tag: dict_tag(builtins),
                value: v,
            };
            Py_INCREF(v);
            return v;
        }
        if PyErr_Occurred().is_null() {
            format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
        }
        ptr::null_mut()
    }
}

/// LOAD_GLOBAL when globals or builtins is not an exact dict: `__getitem__` on each, uncached.
unsafe fn load_global_mapping(
    globals: *mut PyObject,
    builtins: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: GIL held; live mappings.
    unsafe {
        let v = PyObject_GetItem(globals, name);
        if !v.is_null() {
            return v;
        }
        if PyErr_ExceptionMatches(PyExc_KeyError) == 0 {
            return ptr::null_mut();
        }
        PyErr_Clear();
        let v = PyObject_GetItem(builtins, name);
        if v.is_null() && PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
            format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
        }
        v
    }
}

const EMPTY: u16 = 0;
const INSTANCE_VALUE: u16 = 1;
const METHOD_VALUES: u16 = 2;
const METHOD_NO_DICT: u16 = 3;
/// `AttrCache` kinds and field offsets, for compiled code's inline hit checks (which guard
/// exactly what the helpers' hit paths guard).
pub const ATTR_KIND_INSTANCE_VALUE: u16 = INSTANCE_VALUE;
pub const ATTR_KIND_METHOD_VALUES: u16 = METHOD_VALUES;
pub const ATTR_KIND_METHOD_NO_DICT: u16 = METHOD_NO_DICT;
pub const ATTR_CACHE_KIND: usize = std::mem::offset_of!(AttrCache, kind);
pub const ATTR_CACHE_VERSION: usize = std::mem::offset_of!(AttrCache, version);
pub const ATTR_CACHE_INDEX: usize = std::mem::offset_of!(AttrCache, index);
pub const ATTR_CACHE_KEYS: usize = std::mem::offset_of!(AttrCache, keys);
pub const ATTR_CACHE_DESCR: usize = std::mem::offset_of!(AttrCache, descr);
/// Refills before a site is left generic for good.
const MAX_FILLS: u16 = 16;

/// LOAD_ATTR: `owner.name`. Returns a new reference, or NULL with an exception set.
/// `owner` and `name` are borrowed.
///
/// # Safety
/// GIL held; live arguments; `cache` points into a live code state's cache area.
pub unsafe extern "C" fn rjit_load_attr(
    owner: *mut PyObject,
    name: *mut PyObject,
    cache: *mut AttrCache,
) -> *mut PyObject {
    // SAFETY: as documented; the guards establish what each read needs.
    unsafe {
        let c = &mut *cache;
        match guarded_values(c, owner) {
            Some(values) if !values.is_null() => {
                let v = *values.offset(c.index);
                if !v.is_null() {
                    Py_INCREF(v);
                    return v;
                }
            }
            Some(_) => {}
            None => {
                if c.fills < MAX_FILLS {
                    fill_instance_value(c, Py_TYPE(owner), name, false);
                }
            }
        }
        PyObject_GetAttr(owner, name)
    }
}

/// For an `INSTANCE_VALUE` cache whose type guard holds: `owner`'s instance values (NULL when
/// it has a materialised dict, which the generic path handles). None when the guard fails:
/// the cache may be refilled.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn guarded_values(c: &AttrCache, owner: *mut PyObject) -> Option<*mut *mut PyObject> {
    // SAFETY: the version guard proves the type has Py_TPFLAGS_MANAGED_DICT, and `c.index`
    // is one of its shared keys' entries, so within any values array of that type.
    unsafe {
        (c.kind == INSTANCE_VALUE && (*Py_TYPE(owner)).tp_version_tag == c.version)
            .then(|| cp::managed_values(owner))
    }
}

/// LOAD_METHOD: as `_PyObject_GetMethod`: returns 1 with `*out` = the unbound method (new
/// reference) when the call may pass `obj` as self, else 0 with `*out` = the attribute (new
/// reference) or NULL with an exception set. `obj` and `name` are borrowed.
///
/// # Safety
/// As for [`rjit_load_attr`]; `out` is writable.
pub unsafe extern "C" fn rjit_load_method(
    obj: *mut PyObject,
    name: *mut PyObject,
    out: *mut *mut PyObject,
    cache: *mut AttrCache,
) -> c_int {
    // SAFETY: as documented.
    unsafe {
        let c = &mut *cache;
        let tp = Py_TYPE(obj);
        let hit = (*tp).tp_version_tag == c.version
            && match c.kind {
                METHOD_NO_DICT => true,
                METHOD_VALUES => {
                    cp::managed_dict(obj).is_null()
                        && cp::shared_keys(tp) == c.keys
                        && cp::keys_nentries(c.keys) == c.index
                }
                _ => false,
            };
        if hit {
            Py_INCREF(c.descr);
            *out = c.descr;
            return 1;
        }
        if c.fills < MAX_FILLS {
            fill_method(c, tp, name);
        }
        cffi::_PyObject_GetMethod(obj, name, out)
    }
}

/// STORE_ATTR: `owner.name = v`. Consumes `owner` and `v` (both strong); 0 or -1 with an
/// exception set.
///
/// # Safety
/// As for [`rjit_load_attr`].
pub unsafe extern "C" fn rjit_store_attr(
    owner: *mut PyObject,
    name: *mut PyObject,
    v: *mut PyObject,
    cache: *mut AttrCache,
) -> c_int {
    // SAFETY: as documented.
    unsafe {
        let c = &mut *cache;
        match guarded_values(c, owner) {
            Some(values) if !values.is_null() => {
                // As STORE_ATTR_INSTANCE_VALUE: a first assignment also records the
                // insertion order.
                let slot = values.offset(c.index);
                let old = *slot;
                *slot = v;
                if old.is_null() {
                    cp::values_add_to_insertion_order(values, c.index);
                } else {
                    Py_DECREF(old);
                }
                Py_DECREF(owner);
                return 0;
            }
            Some(_) => {}
            None => {
                if c.fills < MAX_FILLS {
                    fill_instance_value(c, Py_TYPE(owner), name, true);
                }
            }
        }
        let err = PyObject_SetAttr(owner, name, v);
        Py_DECREF(v);
        Py_DECREF(owner);
        err
    }
}

/// The type uses `object.__getattribute__` itself (no override, no `__getattr__` hook).
/// CPython's functions are compared by address: they come from one shared library.
unsafe fn generic_getattr(tp: *mut PyTypeObject) -> bool {
    // SAFETY: plain field read of a live type.
    unsafe {
        (*tp).tp_getattro.map(|f| f as usize) == Some(PyObject_GenericGetAttr as *const () as usize)
    }
}

/// The type uses `object.__setattr__` itself.
unsafe fn generic_setattr(tp: *mut PyTypeObject) -> bool {
    // SAFETY: plain field read of a live type.
    unsafe {
        (*tp).tp_setattro.map(|f| f as usize) == Some(PyObject_GenericSetAttr as *const () as usize)
    }
}

/// Fill `c` for an attribute kept in the instance values, if that is where the generic
/// get/set would look first and the type has no attribute of that name at all.
unsafe fn fill_instance_value(
    c: &mut AttrCache,
    tp: *mut PyTypeObject,
    name: *mut PyObject,
    store: bool,
) {
    // SAFETY: GIL held; live type; `_PyType_Lookup` never raises.
    unsafe {
        c.fills += 1;
        c.kind = EMPTY;
        let generic = if store {
            generic_setattr(tp)
        } else {
            generic_getattr(tp)
        };
        if !generic
            || (*tp).tp_flags & Py_TPFLAGS_MANAGED_DICT == 0
            || PyUnicode_CheckExact(name) == 0
        {
            return;
        }
        if !cffi::_PyType_Lookup(tp, name).is_null() {
            return; // a class attribute or descriptor takes part: not this fast path
        }
        let version = cp::valid_version_tag(tp);
        let keys = cp::shared_keys(tp);
        if version == 0 || keys.is_null() {
            return;
        }
        let index = cp::shared_keys_index(keys, name);
        if index < 0 {
            return;
        }
        *c = AttrCache {
            kind: INSTANCE_VALUE,
            fills: c.fills,
            version,
            index,
            keys: ptr::null_mut(),
            descr: ptr::null_mut(),
        };
    }
}

/// Fill `c` for a method found on the type that no instance of it can shadow right now.
unsafe fn fill_method(c: &mut AttrCache, tp: *mut PyTypeObject, name: *mut PyObject) {
    // SAFETY: GIL held; live type; `_PyType_Lookup` never raises.
    unsafe {
        c.fills += 1;
        c.kind = EMPTY;
        if !generic_getattr(tp) || PyUnicode_CheckExact(name) == 0 {
            return;
        }
        let descr = cffi::_PyType_Lookup(tp, name);
        if descr.is_null() || (*Py_TYPE(descr)).tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR == 0 {
            return;
        }
        let version = cp::valid_version_tag(tp);
        if version == 0 {
            return;
        }
        let (kind, keys, index) = if (*tp).tp_flags & Py_TPFLAGS_MANAGED_DICT != 0 {
            let keys = cp::shared_keys(tp);
            if keys.is_null() || cp::shared_keys_index(keys, name) >= 0 {
                return;
            }
            (METHOD_VALUES, keys, cp::keys_nentries(keys))
        } else if (*tp).tp_dictoffset == 0 {
            (METHOD_NO_DICT, ptr::null_mut(), 0)
        } else {
            return;
        };
        *c = AttrCache {
            kind,
            fills: c.fills,
            version,
            index,
            keys,
            descr,
        };
    }
}
