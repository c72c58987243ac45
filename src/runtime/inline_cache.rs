//! Inline caches: `LOAD_GLOBAL`, `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR` in compiled code
//! go through these helpers, each instruction with its own cache (`INLINE_CACHE_BYTES` in the
//! memory the runtime table points to; zeroed = empty). A cache fills itself on first use from
//! what the lookup found.
//!
//! Globals ([`GlobalCache`]): keyed, like CPython's `LOAD_GLOBAL_MODULE`/`_BUILTIN`, on the
//! `dk_version` of the globals' (and for a builtin the builtins') keys object, which the
//! interpreter's specialiser draws and any change of the key set resets: assigning a global
//! keeps every site cached, and the value is re-read from its entry. 3.11 does not let us draw
//! a version, so for a key set without one the cache is keyed on the keys object itself and
//! checked by the helper.
//!
//! Attributes ([`AttrCache`]): like CPython's own `LOAD_ATTR_INSTANCE_VALUE`,
//! `LOAD_METHOD_WITH_VALUES`, `LOAD_METHOD_NO_DICT` and `STORE_ATTR_INSTANCE_VALUE`, guarding
//! exactly what they guard; and `LOAD_ATTR_MODULE` / `LOAD_METHOD_MODULE` (`math.sin`),
//! guarded like a LOAD_GLOBAL from globals: the module dict's keys object and the entry.
//! More that 3.11 does not specialise (3.12 does some): a plain class attribute read through an
//! instance (`self.LIMIT`: the `LOAD_METHOD_*` guards, for a value without `__get__`); an
//! attribute read on a class itself (`K.CONST`, `Enum.MEMBER`, `K.classmethod`: the class's and
//! its metaclass's version tags); a descriptor's `__get__` called directly (`self.method`
//! unbound-to-bound, `self.prop`, `elem.tag`); and all of these for classes with a
//! `__getattr__` hook but the default `__getattribute__` (pyparsing's `ParseResults`), where a
//! lookup that succeeds is the generic one.
//!
//! Invariants (attributes):
//! - a hit returns what the generic lookup would, without calling it: the guard is the type's
//!   valid version tag (so the type's and its bases' dicts, `__getattribute__`/`__setattr__`
//!   and descriptors are unchanged), plus for a type attribute what the instance itself holds
//!   under the name (`own_attr`: nothing while it has no materialised dict and the shared keys
//!   lack the name or its value slot is empty; else one lookup in its dict, made only when the
//!   dict's keys are all `str`, so that no user code runs), and for an object whose type is
//!   mutable (a class attribute, a Python descriptor) its type's `__get__`/`__set__` slots or
//!   version, read at the hit;
//! - a miss runs the generic C API call, so behaviour (exceptions included) is CPython's;
//! - a site holds up to `1 + OVERFLOW_WAYS` entries (types), compiled code checking the first
//!   inline and the helpers the rest (`Site`); it refills at most `MAX_FILLS` times, then
//!   stays as it is, and a miss there looks in a process-wide table keyed on (type version,
//!   name) whose entries are probed exactly as a site's (`megamorphic`);
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
    /// Type version tag at fill time (0 for `MODULE`).
    version: u32,
    /// `INSTANCE_VALUE`: index into the instance values; `SLOT`: byte offset of the slot in
    /// the instance; `METHOD_VALUES`: shared keys'
    /// `dk_nentries` at fill time; `MODULE`: entry index `| log2_index_bytes << 32`.
    index: isize,
    /// `METHOD_VALUES`: the type's shared keys at fill time; `MODULE`: the module dict's keys
    /// at fill time. Compared, never dereferenced unless equal to the live one.
    keys: *mut c_void,
    /// `METHOD_*`: the method descriptor found on the type. Borrowed (see module doc).
    /// `MODULE`: the address of the dict entry (compared, read only once the keys match).
    descr: *mut PyObject,
}

/// One attribute instruction's memory: the primary entry, which compiled code checks inline,
/// then the address of `OVERFLOW_WAYS` more entries that only the helpers check (NULL until
/// the site meets a second type). A polymorphic site (`self.x` in a method shared by several
/// subclasses) thus hits in the helper instead of running the generic lookup every time.
/// The overflow block is allocated here with `OVERFLOW_LAYOUT` and freed by the owner of the
/// cache memory (`tier0::state`) with the same layout. A `LOAD_GLOBAL` site uses only the
/// first `size_of::<GlobalCache>()` bytes.
#[repr(C)]
struct Site {
    primary: AttrCache,
    more: *mut AttrCache,
}

/// Entries in a site's overflow block.
pub const OVERFLOW_WAYS: usize = 3;
/// Byte offset of the overflow block's address within a site.
pub const SITE_OVERFLOW: usize = std::mem::offset_of!(Site, more);

/// Layout of a site's overflow block (allocated zeroed: every entry `EMPTY`).
pub const OVERFLOW_LAYOUT: std::alloc::Layout =
    std::alloc::Layout::new::<[AttrCache; OVERFLOW_WAYS]>();

/// Bytes per cache; the runtime table's cache area holds one per cached instruction.
pub const INLINE_CACHE_BYTES: usize = 40;
const _: () = assert!(std::mem::size_of::<Site>() == INLINE_CACHE_BYTES);
const _: () = assert!(std::mem::size_of::<GlobalCache>() <= SITE_OVERFLOW);

/// One LOAD_GLOBAL's cache. Zeroed memory is an empty cache. Two modes:
///
/// - **Version mode** (`gword != 0`), checked inline by compiled code
///   (`tier1_llvm::lower::Lower::global_cached`), as CPython's `LOAD_GLOBAL_MODULE` /
///   `_BUILTIN` check: the globals keys' header word (`cpython::DK_HEADER_WORD`, holding the
///   `dk_version` the interpreter's specialiser drew) equals `gword`, so their key set is the
///   one seen at fill time; for a builtin, likewise the builtins keys' word equals `bword`, and
///   the globals' unchanged key set still lacks the name. The value is re-read from the entry
///   at byte offset `offset` of the live keys object (values change without a new version) and
///   must not be NULL. A number is never bound to a process: versions are read at fill time.
/// - **Keys mode** (`gword == 0`, `gkeys` set), when the interpreter has drawn no version for
///   the key set (3.11 does not let us draw one), checked by `rjit_load_global` only, keyed on
///   the globals' keys object: from globals, the entry `index` of the same keys object (same
///   index size, still holding `name`; keys objects only append, deletion clears the key);
///   from builtins, the same keys object with the same `dk_nentries` (no name added to
///   globals since, so none shadows the builtin), then the builtins dict looked up. A hit
///   upgrades the cache to version mode as soon as the versions exist.
#[repr(C)]
pub struct GlobalCache {
    /// Version mode: the globals keys' header word at fill time (its version nonzero); else 0,
    /// which no live keys object's word is.
    gword: u64,
    /// Version mode: the entry's byte offset from the start of the keys object holding it
    /// (the globals' or, for a builtin, the builtins'). Keys mode: from globals,
    /// `index | log2_index_bytes << 32`; from builtins, the globals' `dk_nentries`.
    offset: usize,
    /// Version mode: the builtins keys' header word for a builtin, 0 for a global. Keys mode: 0
    /// from globals, 1 from builtins.
    bword: u64,
    /// Keys mode: `globals->ma_keys` at fill time (compared, never dereferenced unless equal to
    /// the live one); NULL otherwise.
    gkeys: *mut c_void,
}

/// `GlobalCache` field offsets, for compiled code's inline hit check (version mode).
pub const GLOBAL_CACHE_GWORD: usize = std::mem::offset_of!(GlobalCache, gword);
pub const GLOBAL_CACHE_OFFSET: usize = std::mem::offset_of!(GlobalCache, offset);
pub const GLOBAL_CACHE_BWORD: usize = std::mem::offset_of!(GlobalCache, bword);
/// Byte offset of `me_value` in a unicode entry `(me_key, me_value)`.
pub const ENTRY_VALUE: usize = 8;

const EMPTY_GLOBAL: GlobalCache = GlobalCache {
    gword: 0,
    offset: 0,
    bword: 0,
    gkeys: ptr::null_mut(),
};

/// Whether a keys header word holds a version the interpreter has drawn: usable as a
/// version-mode key.
fn versioned(word: u64) -> bool {
    word >> 32 != 0
}

/// `name`'s entry in unicode-keyed `keys` as a byte offset from `keys`, if present.
///
/// # Safety
/// GIL held; `keys` live; `name` a str.
unsafe fn entry_offset(keys: *mut c_void, name: *mut PyObject) -> Option<usize> {
    // SAFETY: as documented; the entry is within `keys`.
    unsafe {
        let e = cp::unicode_entry(keys, cp::shared_keys_index(keys, name))?;
        Some(e as usize - keys as usize)
    }
}

/// The cache for `name` found in `globals` (`from_builtins` false) or, absent from globals, in
/// `builtins`: version mode when both key sets have versions, else keys mode; uncached for
/// keys holding other than `str` (`EMPTY_GLOBAL`).
///
/// # Safety
/// GIL held; `globals` and `builtins` live exact dicts; `name` a str.
unsafe fn global_fill(
    globals: *mut PyObject,
    builtins: *mut PyObject,
    name: *mut PyObject,
    from_builtins: bool,
) -> GlobalCache {
    // SAFETY: as documented.
    unsafe {
        let gk = cp::dict_keys(globals);
        if !cp::str_keys(gk) {
            return EMPTY_GLOBAL;
        }
        let gword = cp::keys_header_word(gk);
        if !from_builtins {
            let index = cp::shared_keys_index(gk, name);
            let Some(e) = cp::unicode_entry(gk, index) else {
                return EMPTY_GLOBAL;
            };
            if versioned(gword) {
                return GlobalCache {
                    gword,
                    offset: e as usize - gk as usize,
                    bword: 0,
                    gkeys: ptr::null_mut(),
                };
            }
            let lib = cp::keys_log2_index_bytes(gk) as usize;
            return GlobalCache {
                gword: 0,
                offset: index as usize | lib << 32,
                bword: 0,
                gkeys: gk,
            };
        }
        let bk = cp::dict_keys(builtins);
        let bword = cp::keys_header_word(bk);
        if versioned(gword)
            && versioned(bword)
            && cp::str_keys(bk)
            && let Some(offset) = entry_offset(bk, name)
        {
            return GlobalCache {
                gword,
                offset,
                bword,
                gkeys: ptr::null_mut(),
            };
        }
        GlobalCache {
            gword: 0,
            offset: cp::keys_nentries(gk) as usize,
            bword: 1,
            gkeys: gk,
        }
    }
}

/// LOAD_GLOBAL: globals, then builtins, through the site's cache; compiled code calls this
/// when its inline version-mode check fails. Ownership: `name` borrowed; returns a new
/// reference, or NULL with an exception set.
///
/// # Safety
/// GIL held; `frame` live; `name` a str; `cache` points into a live code state's cache area.
pub unsafe extern "C" fn rjit_load_global(
    frame: *mut InterpreterFrame,
    name: *mut PyObject,
    cache: *mut GlobalCache,
) -> *mut PyObject {
    crate::stats::bump_gil(&crate::stats::GLOBAL_CACHE_MISSES);
    // SAFETY: f_globals/f_builtins are borrowed from the frame's live function; keys are read
    // only once the objects are known to be exact dicts.
    unsafe {
        let globals = (*frame).f_globals;
        let builtins = (*frame).f_builtins;
        if PyDict_CheckExact(globals) == 0 || PyDict_CheckExact(builtins) == 0 {
            return load_global_mapping(globals, builtins, name);
        }
        let c = &mut *cache;
        let gk = cp::dict_keys(globals);
        // Keys mode: a hit from globals, or globals known to lack the name.
        let mut skip_globals = false;
        if c.gword == 0 && !c.gkeys.is_null() && c.gkeys == gk {
            if c.bword == 0 {
                let index = (c.offset & 0xffff_ffff) as isize;
                if cp::keys_log2_index_bytes(gk) as usize == c.offset >> 32
                    && let Some(e) = cp::unicode_entry(gk, index)
                    && (*e)[0] == name
                    && !(*e)[1].is_null()
                {
                    let v = (*e)[1];
                    crate::stats::bump_gil(&crate::stats::GLOBAL_KEYS_HITS);
                    if versioned(cp::keys_header_word(gk)) {
                        *c = global_fill(globals, builtins, name, false);
                    }
                    Py_INCREF(v);
                    return v;
                }
            } else {
                skip_globals = cp::keys_nentries(gk) as usize == c.offset;
            }
        }
        if !skip_globals {
            let v = PyDict_GetItemWithError(globals, name);
            if !v.is_null() {
                Py_INCREF(v);
                *c = global_fill(globals, builtins, name, false);
                return v;
            }
            if !PyErr_Occurred().is_null() {
                return ptr::null_mut();
            }
        } else {
            crate::stats::bump_gil(&crate::stats::GLOBAL_KEYS_HITS);
        }
        let v = PyDict_GetItemWithError(builtins, name);
        if !v.is_null() {
            Py_INCREF(v);
            *c = global_fill(globals, builtins, name, true);
            return v;
        }
        if PyErr_Occurred().is_null() {
            format_exc_check_arg(PyExc_NameError, NAME_ERROR_MSG, name);
        }
        ptr::null_mut()
    }
}

/// LOAD_GLOBAL of a callee computed in place (`hir::ir::Op::CalleeGlobal`; the caller checked
/// that the callee's globals and builtins are the frame's): as `rjit_load_global`, but only
/// where finding the name runs no code (exact dicts holding only `str` keys), and never
/// raising. Ownership: `name` borrowed; returns a borrowed reference (its dict holds it), or
/// NULL with no exception set (the caller deopts, and the interpreter looks it up).
///
/// # Safety
/// As `rjit_load_global`.
pub unsafe extern "C" fn rjit_load_global_quiet(
    frame: *mut InterpreterFrame,
    name: *mut PyObject,
    cache: *mut GlobalCache,
) -> *mut PyObject {
    // SAFETY: as documented; keys are read only once the objects are known to be exact dicts.
    unsafe {
        let (globals, builtins) = ((*frame).f_globals, (*frame).f_builtins);
        if PyDict_CheckExact(globals) == 0
            || PyDict_CheckExact(builtins) == 0
            || !cp::str_keys(cp::dict_keys(globals))
            || !cp::str_keys(cp::dict_keys(builtins))
        {
            return ptr::null_mut();
        }
        let v = rjit_load_global(frame, name, cache);
        if v.is_null() {
            PyErr_Clear();
            return ptr::null_mut();
        }
        // Still held by its dict: nothing ran since the lookup.
        Py_DECREF(v);
        v
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
/// An attribute of instances whose type has no attribute of that name, not among the type's
/// shared keys: it can only live in a materialised instance dict (`dict_hint_lookup`).
const DICT_ONLY: u16 = 4;
/// An attribute in an exact module's dict (`MODULE` guard: see `module_hit`).
const MODULE: u16 = 5;
/// A plain class attribute (no `__get__`) read through an instance that cannot shadow it:
/// the guards of `METHOD_VALUES` / `METHOD_NO_DICT` (`class_value_hit`).
const CLASS_VALUES: u16 = 6;
const CLASS_NO_DICT: u16 = 7;
/// A plain attribute read on a class itself (`type_attr_hit`).
const TYPE_ATTR: u16 = 8;
/// An object slot (`__slots__`) of the instance, at byte offset `index` (`slot_of`): 3.11's
/// `LOAD_ATTR_SLOT` / `STORE_ATTR_SLOT`. The type version guard is the whole guard: the
/// member descriptor is a data descriptor, so no instance dict can shadow it.
const SLOT: u16 = 9;
/// `METHOD_*` and `CLASS_*` for instances of a type with an old-style dict pointer at byte
/// offset `index` (`tp_dictoffset > 0`: `io.BytesIO`, C types with `__dict__`): nothing can
/// shadow the type's attribute while that dict has not been created. (3.11's
/// `LOAD_METHOD_WITH_DICT` means the same, but its guard wants a dict and so never holds.)
const METHOD_NULL_DICT: u16 = 10;
const CLASS_NULL_DICT: u16 = 11;
/// A descriptor with `__get__` found on the type (`descr`), of an immutable type (so its slots
/// stay as they are): `DESCR_DATA` a data descriptor, which wins over the instance dict (the
/// version guard is the whole guard: `property`, getset and member descriptors);
/// `DESCR_VALUES`/`DESCR_NO_DICT`/`DESCR_NULL_DICT` a non-data one (functions read without a
/// call, `classmethod`, ...) that no instance attribute shadows (`own_attr`). A hit calls
/// `tp_descr_get(descr, owner, type(owner))`, as generic lookup would (`descr_get`).
const DESCR_DATA: u16 = 12;
const DESCR_VALUES: u16 = 13;
const DESCR_NO_DICT: u16 = 14;
const DESCR_NULL_DICT: u16 = 15;
/// An attribute with `__get__` read on a class itself: `tp_descr_get(descr, NULL, owner)` under
/// `TYPE_ATTR`'s guards (`K.from_obj` for a classmethod, `Base.method` for a function).
const TYPE_DESCR: u16 = 16;
/// A data descriptor of the metaclass read on a class (`cls.__name__`, `type(x).__qualname__`:
/// `type`'s getsets), which wins over anything the class holds: `tp_descr_get(descr, owner,
/// meta)`. Guarded by the metaclass alone (`keys`: it, `index`: its version tag), so one entry
/// serves every class of that metaclass; the descriptor's type is immutable.
const META_DESCR: u16 = 17;
/// `METHOD_*`, `CLASS_*` and `DESCR_*` for instances that may have their own attribute of that
/// name (it is among the type's shared keys, at index `index` of `keys`): an instance's own
/// value wins when it has one (`own_attr`). HTMLSerializer's options: class defaults that
/// `__init__` may set on the instance.
const METHOD_SHADOWABLE: u16 = 18;
const CLASS_SHADOWABLE: u16 = 19;
const DESCR_SHADOWABLE: u16 = 20;
/// An attribute of a bound method's function read through the method (`meth.__name__`,
/// jinja2's `meth.jinja_pass_arg`): `method_getattro` finds nothing of that name on the
/// method type (checked at fill; static and immutable), so it reads the function's attribute:
/// `descr`, a data descriptor of the function type, read on it, or (NULL) the function's
/// `__dict__` entry. The owner is an exact method, its function an exact function.
const BOUND_FUNC_ATTR: u16 = 21;
/// A descriptor with `__get__` whose type is a Python class (`functools.cached_property`,
/// `enum.property`), which a site of an immutable descriptor type (`DESCR_*`) does not take:
/// guarded by the owner's version and the descriptor's type's (`index`), and resolved at each
/// hit as generic lookup does (`mutable_descr_hit`): a data descriptor's `__get__`, else the
/// instance's own value (`instance_own`: a cached property's stored result), else `__get__`.
const MUTABLE_DESCR: u16 = 22;
/// An attribute of instances whose type has no attribute of that name and keeps no inline
/// values (an old-style dict pointer, or a dict after a variable-size body: `tuple` and `int`
/// subclasses such as sqlparse's token types and enum flags): read from the instance's dict
/// (`instance_own`) under the type's version.
const INSTANCE_DICT: u16 = 23;
/// `AttrCache` kinds and field offsets, for compiled code's inline hit checks (which guard
/// exactly what the helpers' hit paths guard).
pub const ATTR_KIND_INSTANCE_VALUE: u16 = INSTANCE_VALUE;
pub const ATTR_KIND_METHOD_VALUES: u16 = METHOD_VALUES;
pub const ATTR_KIND_METHOD_NO_DICT: u16 = METHOD_NO_DICT;
pub const ATTR_KIND_SLOT: u16 = SLOT;
pub const ATTR_KIND_DICT_ONLY: u16 = DICT_ONLY;
pub const ATTR_KIND_MODULE: u16 = MODULE;
pub const ATTR_CACHE_KIND: usize = std::mem::offset_of!(AttrCache, kind);
pub const ATTR_CACHE_VERSION: usize = std::mem::offset_of!(AttrCache, version);
pub const ATTR_CACHE_INDEX: usize = std::mem::offset_of!(AttrCache, index);
pub const ATTR_CACHE_KEYS: usize = std::mem::offset_of!(AttrCache, keys);
pub const ATTR_CACHE_DESCR: usize = std::mem::offset_of!(AttrCache, descr);
/// Refills before a site is left generic for good.
const MAX_FILLS: u16 = 32;

/// What one entry of a site says about an operation.
enum Probe<T> {
    /// The entry's guards hold: the result.
    Hit(T),
    /// The entry is for this type, but the fast path does not apply (an unset attribute, an
    /// instance dict that is not exact): the generic path, and no refill.
    Generic,
    /// The entry is for another type or empty.
    Miss,
}

/// A site's entries, primary first.
///
/// # Safety
/// GIL held; `cache` is a live attribute site (see `Site`).
unsafe fn ways(cache: *mut AttrCache) -> impl Iterator<Item = *mut AttrCache> {
    // SAFETY: the overflow block, once allocated, holds `OVERFLOW_WAYS` entries and lives as
    // long as the site.
    unsafe {
        let more = (*(cache as *mut Site)).more;
        let extra = if more.is_null() { 0 } else { OVERFLOW_WAYS };
        std::iter::once(cache).chain((0..extra).map(move |i| more.add(i)))
    }
}

/// The first `Hit` or `Generic` among a site's entries, else `Miss`.
///
/// # Safety
/// As for `ways`; `probe` upholds its own guards.
#[inline(always)]
unsafe fn probe_site<T>(
    cache: *mut AttrCache,
    mut probe: impl FnMut(&mut AttrCache) -> Probe<T>,
) -> Probe<T> {
    // SAFETY: entries are only touched with the GIL held, one at a time.
    unsafe {
        for c in ways(cache) {
            match probe(&mut *c) {
                Probe::Miss => continue,
                found => return found,
            }
        }
        Probe::Miss
    }
}

/// The entry to fill after every entry of the site missed for a type whose version tag is
/// `version` (0: not a type guard, as for modules), or None once the site has had its
/// `MAX_FILLS`: the entry already for that version (its other guards failed: refresh it), an
/// empty one, a new overflow block's first, or an overflow entry in turn. Counts the fill on
/// the primary entry (the fill functions count their own entry's).
///
/// # Safety
/// As for `ways`.
unsafe fn way_to_fill<'c>(cache: *mut AttrCache, version: u32) -> Option<&'c mut AttrCache> {
    // SAFETY: as for `ways`; the overflow block is allocated zeroed with the layout its owner
    // frees it with.
    unsafe {
        let site = &mut *(cache as *mut Site);
        if site.primary.fills >= MAX_FILLS {
            return None;
        }
        let same =
            |c: *mut AttrCache| version != 0 && (*c).kind != EMPTY && (*c).version == version;
        let target = match ways(cache).find(|&c| same(c) || (*c).kind == EMPTY) {
            Some(c) => c,
            None if site.more.is_null() => {
                let more = std::alloc::alloc_zeroed(OVERFLOW_LAYOUT) as *mut AttrCache;
                if more.is_null() {
                    return None;
                }
                site.more = more;
                more
            }
            None => site.more.add(site.primary.fills as usize % OVERFLOW_WAYS),
        };
        if target != cache {
            site.primary.fills += 1;
        }
        Some(&mut *target)
    }
}

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
    crate::stats::bump_gil(&crate::stats::ATTR_HELPER_CALLS);
    // SAFETY: as documented; the guards establish what each read needs.
    unsafe {
        let v = mega_attr_fast(cache, owner, name);
        if !v.is_null() {
            crate::stats::bump_gil(&crate::stats::ATTR_CACHE_MISSES);
            crate::stats::bump_gil(&crate::stats::MEGAMORPHIC_HITS);
            Py_INCREF(v);
            return v;
        }
        let first = megamorphic_first(cache, owner, name, &MEGA_ATTR, fill_attr, attr_entry_probe);
        if let Some(Probe::Hit(f)) = first {
            crate::stats::bump_gil(&crate::stats::ATTR_CACHE_MISSES);
            return f.get(owner);
        }
        match probe_site(cache, |c| attr_entry_probe(c, owner, name)) {
            Probe::Hit(f) => return f.get(owner),
            Probe::Generic => crate::stats::bump_gil(&crate::stats::ATTR_CACHE_MISSES),
            Probe::Miss if first.is_some() => {
                crate::stats::bump_gil(&crate::stats::ATTR_CACHE_MISSES)
            }
            Probe::Miss => {
                crate::stats::bump_gil(&crate::stats::ATTR_CACHE_MISSES);
                if is_module(owner) {
                    if let Some(c) = way_to_fill(cache, 0) {
                        fill_module(c, owner, name);
                    }
                } else {
                    match way_to_fill(cache, guard_version(owner)) {
                        Some(c) => fill_attr(c, owner, name),
                        None => {
                            if let Some(Probe::Hit(f)) =
                                megamorphic(&MEGA_ATTR, owner, name, fill_attr, attr_entry_probe)
                            {
                                return f.get(owner);
                            }
                        }
                    }
                }
            }
        }
        PyObject_GetAttr(owner, name)
    }
}

/// LOAD_ATTR answered from the site's entries alone: the attribute (new reference) when an entry
/// holds it as a value (an instance's own attribute, a slot, a plain class attribute), else
/// NULL, with nothing filled, no error set and no code run (no descriptor's `__get__`). What
/// the typed tier's quiet LOAD_ATTR of a sampled attribute calls where quickening found no
/// instance attribute (`self.m1` of a class attribute): on NULL it syncs the frame and runs the
/// instruction, whose helper fills the site.
///
/// # Safety
/// GIL held; live arguments; `cache` a live attribute site.
pub unsafe extern "C" fn rjit_load_attr_peek(
    owner: *mut PyObject,
    name: *mut PyObject,
    cache: *mut AttrCache,
) -> *mut PyObject {
    // SAFETY: as documented; the probes read only behind their guards.
    unsafe {
        let mut v = mega_attr_fast(cache, owner, name);
        if v.is_null() {
            match probe_site(cache, |c| attr_entry_probe(c, owner, name)) {
                Probe::Hit(Found::Value(found)) => v = found,
                _ => return ptr::null_mut(),
            }
        }
        Py_INCREF(v);
        v
    }
}

/// LOAD_ATTR of an attribute generic lookup finds without running code (an instance's own
/// attribute, an object slot, a plain class attribute), from the site's entries or, when none
/// answers, from an entry filled now for `owner`'s type (never a module's or a class's own
/// attribute). Returns a new reference, or NULL with no error set and no code run. What a
/// callee computed in place reads its arguments' attributes with (`hir::ir::Op::CalleeAttr`):
/// on NULL the caller deopts to the CALL.
///
/// # Safety
/// GIL held; live arguments; `cache` a live attribute site.
pub unsafe extern "C" fn rjit_load_attr_quiet(
    owner: *mut PyObject,
    name: *mut PyObject,
    cache: *mut AttrCache,
) -> *mut PyObject {
    // SAFETY: as documented; filling an entry reads the type and its MRO's dicts (str keys),
    // which runs no code.
    unsafe {
        let v = rjit_load_attr_peek(owner, name, cache);
        if !v.is_null() || is_module(owner) || PyType_Check(owner) != 0 {
            return v;
        }
        if PyUnicode_CheckExact(name) == 0 {
            return ptr::null_mut();
        }
        match way_to_fill(cache, guard_version(owner)) {
            Some(c) => fill_attr(c, owner, name),
            None => return ptr::null_mut(),
        }
        rjit_load_attr_peek(owner, name, cache)
    }
}

/// LOAD_METHOD of a method generic lookup finds without running code: the function (or other
/// method descriptor) on `obj`'s type, borrowed, when no attribute of the instance shadows it,
/// from the site's entries or from an entry filled now for `obj`'s type; else NULL, with no
/// error set and no code run (an attribute that is not a method, a module's, a class's own).
/// What a callee computed in place finds the methods of its arguments with, before it computes
/// them in place too (`hir::ir::Op::CalleeMethod`): on NULL the caller deopts to its call.
///
/// # Safety
/// GIL held; live arguments; `cache` a live attribute site.
pub unsafe extern "C" fn rjit_load_method_quiet(
    obj: *mut PyObject,
    name: *mut PyObject,
    cache: *mut AttrCache,
) -> *mut PyObject {
    // SAFETY: as documented; filling an entry reads the type and its MRO's dicts (str keys),
    // which runs no code.
    unsafe {
        if is_module(obj) || PyType_Check(obj) != 0 || PyUnicode_CheckExact(name) == 0 {
            return ptr::null_mut();
        }
        let probe = |cache| match probe_site(cache, |c| method_entry_probe(c, obj, name)) {
            Probe::Hit((Found::Value(m), 1)) => Some(m),
            Probe::Miss => None,
            _ => Some(ptr::null_mut()),
        };
        if let Some(m) = probe(cache) {
            return m;
        }
        match way_to_fill(cache, guard_version(obj)) {
            Some(c) => fill_load_method(c, obj, name),
            None => return ptr::null_mut(),
        }
        probe(cache).unwrap_or(ptr::null_mut())
    }
}

/// What a hit found: the attribute itself (borrowed), or a descriptor (borrowed) whose
/// `__get__` makes it.
#[derive(Clone, Copy)]
enum Found {
    Value(*mut PyObject),
    /// `tp_descr_get(descr, owner, type(owner))`.
    Get(*mut PyObject),
    /// `tp_descr_get(descr, NULL, owner)`: `owner` is the class itself.
    GetOnType(*mut PyObject),
    /// `tp_descr_get(descr, func, type(func))`: `func` (borrowed) is the bound method `owner`'s
    /// function (`BOUND_FUNC_ATTR`).
    GetFunc(*mut PyObject, *mut PyObject),
}

impl Found {
    /// The attribute of `owner`: a new reference, or NULL with an exception set.
    ///
    /// # Safety
    /// GIL held; `owner` live; the hit's guards held just now.
    #[inline(always)]
    unsafe fn get(self, owner: *mut PyObject) -> *mut PyObject {
        // SAFETY: as documented.
        unsafe {
            match self {
                Found::Value(v) => {
                    Py_INCREF(v);
                    v
                }
                Found::Get(d) => descr_get(d, owner, Py_TYPE(owner) as *mut PyObject),
                Found::GetOnType(d) => descr_get(d, ptr::null_mut(), owner),
                Found::GetFunc(d, func) => {
                    descr_get(d, func, ptr::addr_of_mut!(PyFunction_Type) as *mut PyObject)
                }
            }
        }
    }
}

/// `type(descr).__get__(descr, obj, tp)` as generic lookup calls it: the descriptor is kept
/// alive across the call (its getter may change the class and drop it from the type's dict).
///
/// # Safety
/// GIL held; `descr` live, of a type with `tp_descr_get` (checked when the cache was filled;
/// its type is immutable).
#[inline(never)]
unsafe fn descr_get(descr: *mut PyObject, obj: *mut PyObject, tp: *mut PyObject) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        let Some(get) = (*Py_TYPE(descr)).tp_descr_get else {
            Py_INCREF(descr);
            return descr;
        };
        Py_INCREF(descr);
        if let Some(getter) = property_getter(descr, obj) {
            // `property_descr_get`'s `PyObject_CallOneArg(fget, obj)`, through the direct route
            // (no `_PyFunction_Vectorcall` → `_PyEval_Vector` → hook round trip).
            Py_INCREF(getter);
            Py_INCREF(obj);
            let mut args = [ptr::null_mut(), obj];
            let r = super::calls::call_consuming(
                PyThreadState_Get(),
                getter,
                args.as_mut_ptr().add(1),
                1,
                ptr::null_mut(),
            );
            Py_DECREF(descr);
            return r;
        }
        let r = get(descr, obj, tp);
        Py_DECREF(descr);
        r
    }
}

/// The getter of an exact `property` read through an instance (`obj` neither NULL nor None,
/// where `property_descr_get` returns the property itself), when it is a plain function
/// (borrowed: the property holds it). A property without a getter, or with a getter of any
/// other kind, is left to `property_descr_get` (its error message, its call).
///
/// # Safety
/// GIL held; `descr` live.
#[inline(always)]
unsafe fn property_getter(descr: *mut PyObject, obj: *mut PyObject) -> Option<*mut PyObject> {
    // SAFETY: an exact property has `propertyobject`'s layout (`cp::PROPERTY_GET`).
    unsafe {
        if Py_TYPE(descr) != ptr::addr_of_mut!(PyProperty_Type) || obj.is_null() || obj == Py_None()
        {
            return None;
        }
        let getter = *((descr as *mut u8).add(cp::PROPERTY_GET) as *mut *mut PyObject);
        (!getter.is_null() && Py_TYPE(getter) == ptr::addr_of_mut!(PyFunction_Type))
            .then_some(getter)
    }
}

/// The version tag an entry for `owner` is keyed on: the class's own for a class (attributes
/// read on it), else its type's.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn guard_version(owner: *mut PyObject) -> u32 {
    // SAFETY: as documented.
    unsafe {
        if PyType_Check(owner) != 0 {
            (*(owner as *mut PyTypeObject)).tp_version_tag
        } else {
            (*Py_TYPE(owner)).tp_version_tag
        }
    }
}

/// One entry's answer for LOAD_ATTR, every kind.
///
/// # Safety
/// GIL held; live arguments.
#[inline(always)]
unsafe fn attr_entry_probe(
    c: &mut AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
) -> Probe<Found> {
    // SAFETY: as documented.
    unsafe {
        match descr_probe(c, owner, name) {
            Probe::Miss => match load_attr_probe(c, owner, name) {
                Probe::Hit(v) => Probe::Hit(Found::Value(v)),
                Probe::Generic => Probe::Generic,
                Probe::Miss => Probe::Miss,
            },
            other => other,
        }
    }
}

/// Fill `c` for LOAD_ATTR of `name` on `owner` (not a module): the kinds in order of
/// preference.
///
/// # Safety
/// GIL held; live arguments.
unsafe fn fill_attr(c: &mut AttrCache, owner: *mut PyObject, name: *mut PyObject) {
    // SAFETY: as documented.
    unsafe {
        if PyType_Check(owner) != 0 {
            fill_type_attr(c, owner as *mut PyTypeObject, name);
            return;
        }
        if Py_TYPE(owner) == ptr::addr_of_mut!(cffi::PyMethod_Type) {
            fill_bound_func_attr(c, owner, name);
            return;
        }
        let tp = Py_TYPE(owner);
        fill_instance_value(c, tp, name, false);
        if c.kind == EMPTY {
            fill_class_value(c, tp, name);
        }
        if c.kind == EMPTY {
            fill_descr(c, tp, name);
        }
        if c.kind == EMPTY {
            fill_instance_dict(c, tp, name);
        }
    }
}

/// One entry's answer for LOAD_METHOD: the method with 1 (call it with `obj` first), or the
/// attribute with 0.
///
/// # Safety
/// GIL held; live arguments.
#[inline(always)]
unsafe fn method_entry_probe(
    c: &mut AttrCache,
    obj: *mut PyObject,
    name: *mut PyObject,
) -> Probe<(Found, c_int)> {
    // SAFETY: as documented.
    unsafe {
        // A module's function: not a method (LOAD_METHOD_MODULE).
        let v = module_hit(c, obj, name);
        if !v.is_null() {
            return Probe::Hit((Found::Value(v), 0));
        }
        match own_attr(c, obj, name, METHODS) {
            Some(v) if v.is_null() => return Probe::Hit((Found::Value(c.descr), 1)),
            Some(v) => return Probe::Hit((Found::Value(v), 0)),
            None => {}
        }
        // A plain class attribute (`self.elementClass(...)`: a class held by the class).
        let v = class_value_hit(c, obj, name);
        if !v.is_null() {
            return Probe::Hit((Found::Value(v), 0));
        }
        // A descriptor other than a method (a property, a classmethod), or an attribute of a
        // class itself (`Base.method`, `K.classmethod`): `_PyObject_GetMethod` gives what
        // LOAD_ATTR would, not a method.
        if let Probe::Hit(f) = descr_probe(c, obj, name) {
            return Probe::Hit((f, 0));
        }
        // An attribute of the instance itself (`self.write = file.write`; the type has no
        // attribute of that name, or only an object slot): `_PyObject_GetMethod` returns it
        // as an attribute, not a method.
        match c.kind {
            INSTANCE_VALUE | DICT_ONLY | SLOT | INSTANCE_DICT => {
                match load_attr_probe(c, obj, name) {
                    Probe::Hit(v) => Probe::Hit((Found::Value(v), 0)),
                    Probe::Generic => Probe::Generic,
                    Probe::Miss => Probe::Miss,
                }
            }
            _ => Probe::Miss,
        }
    }
}

/// Fill `c` for LOAD_METHOD of `name` on `obj` (not a module).
///
/// # Safety
/// GIL held; live arguments.
unsafe fn fill_load_method(c: &mut AttrCache, obj: *mut PyObject, name: *mut PyObject) {
    // SAFETY: as documented.
    unsafe {
        if PyType_Check(obj) != 0 {
            fill_type_attr(c, obj as *mut PyTypeObject, name);
            return;
        }
        if Py_TYPE(obj) == ptr::addr_of_mut!(cffi::PyMethod_Type) {
            fill_bound_func_attr(c, obj, name);
            return;
        }
        let tp = Py_TYPE(obj);
        fill_method(c, tp, name);
        if c.kind == EMPTY {
            fill_instance_value(c, tp, name, false);
        }
        if c.kind == EMPTY {
            fill_class_value(c, tp, name);
        }
        if c.kind == EMPTY {
            fill_descr(c, tp, name);
        }
        if c.kind == EMPTY {
            fill_instance_dict(c, tp, name);
        }
    }
}

/// A process-wide entry for megamorphic sites: the name it was filled for (a strong
/// reference, so its address cannot be reused by another string) and the entry, keyed on
/// `guard_version`.
struct MegaEntry {
    name: *mut PyObject,
    c: AttrCache,
}

const MEGA_BITS: u32 = 10;

/// The tables of `megamorphic`, one for LOAD_ATTR and one for LOAD_METHOD (their entries
/// for one name differ). Touched only with the GIL held.
struct Mega(std::cell::UnsafeCell<[MegaEntry; 1 << MEGA_BITS]>);

// SAFETY: every access holds the GIL (all helpers here run with it).
unsafe impl Sync for Mega {}

const MEGA_EMPTY: MegaEntry = MegaEntry {
    name: ptr::null_mut(),
    c: AttrCache {
        kind: EMPTY,
        fills: 0,
        version: 0,
        index: 0,
        keys: ptr::null_mut(),
        descr: ptr::null_mut(),
    },
};
static MEGA_ATTR: Mega = Mega(std::cell::UnsafeCell::new([MEGA_EMPTY; 1 << MEGA_BITS]));
static MEGA_METHOD: Mega = Mega(std::cell::UnsafeCell::new([MEGA_EMPTY; 1 << MEGA_BITS]));

/// A site that gave up (its entries were refilled `MAX_FILLS` times: `self.x` in a method
/// of a base class with many subclasses, pyparsing's `ParserElement`) looks in a process-wide
/// table keyed on (`guard_version`, `name`), as V8's megamorphic stub cache does, instead of
/// going generic. An entry is probed exactly as a site's entry is, so a hit returns what the
/// generic lookup would; it is refilled when its key differs, and an entry that could not be
/// filled answers `Generic` for that key until the type changes (its version with it).
/// None when `owner` has no valid version tag.
///
/// # Safety
/// GIL held; live arguments; `fill` and `probe` are one operation's pair.
unsafe fn megamorphic<T>(
    table: &Mega,
    owner: *mut PyObject,
    name: *mut PyObject,
    fill: unsafe fn(&mut AttrCache, *mut PyObject, *mut PyObject),
    probe: unsafe fn(&mut AttrCache, *mut PyObject, *mut PyObject) -> Probe<T>,
) -> Option<Probe<T>> {
    // SAFETY: as documented; the GIL serialises every use of the table.
    unsafe {
        let version = guard_version(owner);
        if version == 0 {
            return None;
        }
        let i = mega_set(version, PyType_Check(owner) as usize, name);
        // Two ways per set (`i` and `i ^ 1`), most recently filled first: a pair of keys that
        // share a set (pyparsing's twenty subclasses times their attribute names) no longer
        // refill each other on every lookup.
        let t = &mut *table.0.get();
        let same = |e: &MegaEntry| e.name == name && e.c.version == version;
        if !same(&t[i]) && (same(&t[i ^ 1]) || !t[i].name.is_null()) {
            t.swap(i, i ^ 1);
        }
        let e = &mut t[i];
        let refill = |e: &mut MegaEntry| {
            crate::stats::bump_gil(&crate::stats::MEGAMORPHIC_FILLS);
            Py_INCREF(name);
            let old = std::mem::replace(&mut e.name, name);
            e.c = MEGA_EMPTY.c;
            fill(&mut e.c, owner, name);
            if e.c.kind == EMPTY {
                e.c.version = version;
            }
            Py_XDECREF(old);
        };
        let mut fresh = e.name != name || e.c.version != version;
        if fresh {
            refill(e);
        }
        loop {
            if e.c.kind == EMPTY {
                return Some(Probe::Generic);
            }
            match probe(&mut e.c, owner, name) {
                Probe::Hit(f) => {
                    crate::stats::bump_gil(&crate::stats::MEGAMORPHIC_HITS);
                    return Some(Probe::Hit(f));
                }
                // The entry's other guards failed (the type's shared keys grew since): fill
                // it again, once.
                Probe::Miss if !fresh => {
                    refill(e);
                    fresh = true;
                }
                other => return Some(other),
            }
        }
    }
}

/// The first way of the set of `megamorphic`'s table that (`version`, `is_type`, `name`) maps
/// to (the other is `i ^ 1`).
#[inline(always)]
fn mega_set(version: u32, is_type: usize, name: *mut PyObject) -> usize {
    let h = (version as usize ^ is_type << 31)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add(name as usize >> 4);
    h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (usize::BITS - MEGA_BITS)
}

/// The table entry for an instance `owner` of a type with a valid version tag and `name`,
/// if either way of its set holds one; nothing is filled or moved. For the fast paths of
/// megamorphic sites (`mega_attr_fast`, `mega_method_fast`): the caller probes the entry for
/// the kinds it handles, and leaves everything else to `megamorphic`.
///
/// # Safety
/// GIL held; `owner` live and not a type.
#[inline(always)]
unsafe fn mega_entry(
    table: &Mega,
    owner: *mut PyObject,
    name: *mut PyObject,
) -> Option<&AttrCache> {
    // SAFETY: as documented; the GIL serialises every use of the table.
    unsafe {
        let version = (*Py_TYPE(owner)).tp_version_tag;
        if version == 0 {
            return None;
        }
        let t = &*table.0.get();
        let i = mega_set(version, 0, name);
        let same = |e: &MegaEntry| e.name == name && e.c.version == version;
        if same(&t[i]) {
            Some(&t[i].c)
        } else if same(&t[i ^ 1]) {
            Some(&t[i ^ 1].c)
        } else {
            None
        }
    }
}

/// The common hits of a megamorphic LOAD_ATTR site (one that used up its refills), tried
/// before anything else: an attribute in the instance's values, an object slot, or a class
/// attribute no instance attribute shadows, per the process-wide table, with the guards
/// `attr_entry_probe` checks for those kinds. The attribute, borrowed, or NULL: then the full
/// path (`rjit_load_attr`) decides. About a third of the instructions of `megamorphic`'s
/// hit, which returns through the generic probe.
///
/// # Safety
/// GIL held; live arguments; `cache` a live attribute site.
#[inline(always)]
unsafe fn mega_attr_fast(
    cache: *mut AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: each read follows the entry's version guard (`mega_entry`), as in the probes.
    unsafe {
        if (*cache).fills < MAX_FILLS || PyType_Check(owner) != 0 {
            return ptr::null_mut();
        }
        let Some(c) = mega_entry(&MEGA_ATTR, owner, name) else {
            return ptr::null_mut();
        };
        match c.kind {
            INSTANCE_VALUE => {
                let values = cp::managed_values(owner);
                if values.is_null() {
                    ptr::null_mut()
                } else {
                    *values.offset(c.index)
                }
            }
            SLOT => *((owner as *mut u8).offset(c.index) as *mut *mut PyObject),
            CLASS_VALUES | CLASS_NO_DICT => class_value_hit(c, owner, name),
            _ => ptr::null_mut(),
        }
    }
}

/// `mega_attr_fast` for LOAD_METHOD: a method of the type that the instance cannot shadow
/// (`METHOD_VALUES`, `METHOD_NO_DICT`), borrowed, or NULL.
///
/// # Safety
/// As for `mega_attr_fast`.
#[inline(always)]
unsafe fn mega_method_fast(
    cache: *mut AttrCache,
    obj: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as for `mega_attr_fast`; `descr` is kept alive by the type while its tag holds.
    unsafe {
        if (*cache).fills < MAX_FILLS || PyType_Check(obj) != 0 {
            return ptr::null_mut();
        }
        match mega_entry(&MEGA_METHOD, obj, name) {
            Some(c) if matches!(c.kind, METHOD_VALUES | METHOD_NO_DICT) => {
                match own_attr(c, obj, name, METHODS) {
                    Some(v) if v.is_null() => c.descr,
                    _ => ptr::null_mut(),
                }
            }
            _ => ptr::null_mut(),
        }
    }
}

/// For a site that used up its refills (`MAX_FILLS`): the process-wide table's answer, asked
/// before the site's own entries. Such a site meets more types than it holds (docutils'
/// `child._fast_findall` over every node class), so its entries mostly miss, and probing them
/// first cost more than the table's probe. The caller counts a hit as a site miss answered by
/// the table, as it did when the table was asked last, and does not ask the table again when
/// the entries miss too. None for other sites (and modules).
///
/// # Safety
/// As for `megamorphic`; `cache` a live attribute site.
#[inline(always)]
unsafe fn megamorphic_first<T>(
    cache: *mut AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
    table: &Mega,
    fill: unsafe fn(&mut AttrCache, *mut PyObject, *mut PyObject),
    probe: unsafe fn(&mut AttrCache, *mut PyObject, *mut PyObject) -> Probe<T>,
) -> Option<Probe<T>> {
    // SAFETY: as documented.
    unsafe {
        if (*cache).fills < MAX_FILLS || is_module(owner) {
            return None;
        }
        megamorphic(table, owner, name, fill, probe)
    }
}

/// One entry's answer for the descriptor kinds (`DESCR_*`, `TYPE_DESCR`); `Miss` for others.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn descr_probe(
    c: &mut AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
) -> Probe<Found> {
    // SAFETY: the guards are checked before `descr` is used; it is borrowed from the type's
    // dict, alive while the version tag holds.
    unsafe {
        match c.kind {
            DESCR_DATA if (*Py_TYPE(owner)).tp_version_tag == c.version => {
                Probe::Hit(Found::Get(c.descr))
            }
            DESCR_VALUES | DESCR_NO_DICT | DESCR_NULL_DICT | DESCR_SHADOWABLE => {
                match own_attr(c, owner, name, DESCRS) {
                    Some(v) if v.is_null() => Probe::Hit(Found::Get(c.descr)),
                    Some(v) => Probe::Hit(Found::Value(v)),
                    None => Probe::Miss,
                }
            }
            TYPE_DESCR if !type_attr_hit(c, owner).is_null() => {
                Probe::Hit(Found::GetOnType(c.descr))
            }
            MUTABLE_DESCR => mutable_descr_hit(c, owner, name),
            BOUND_FUNC_ATTR => match bound_func(owner) {
                Some(func) if !c.descr.is_null() => Probe::Hit(Found::GetFunc(c.descr, func)),
                Some(func) => {
                    let dict = (*(func as *mut PyFunctionObject)).func_dict;
                    match if dict.is_null() {
                        None
                    } else {
                        dict_item(dict, name)
                    } {
                        Some(v) if !v.is_null() => Probe::Hit(Found::Value(v)),
                        _ => Probe::Miss,
                    }
                }
                None => Probe::Miss,
            },
            TYPE_ATTR if !type_attr_hit(c, owner).is_null() && no_get(c.descr) => {
                Probe::Hit(Found::Value(c.descr))
            }
            // The metaclass is the cached one, unchanged: its data descriptor is still there.
            META_DESCR
                if Py_TYPE(owner) as *mut c_void == c.keys
                    && (*Py_TYPE(owner)).tp_version_tag as isize == c.index =>
            {
                Probe::Hit(Found::Get(c.descr))
            }
            _ => Probe::Miss,
        }
    }
}

/// One entry's answer for LOAD_ATTR: the attribute, borrowed, if the entry's guards hold.
///
/// # Safety
/// GIL held; live arguments.
#[inline(always)]
unsafe fn load_attr_probe(
    c: &mut AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
) -> Probe<*mut PyObject> {
    let found = |v: *mut PyObject| {
        if v.is_null() {
            Probe::Generic
        } else {
            Probe::Hit(v)
        }
    };
    // SAFETY: as documented; each read follows its guard.
    unsafe {
        let v = match c.kind {
            MODULE => module_hit(c, owner, name),
            CLASS_VALUES | CLASS_NO_DICT | CLASS_NULL_DICT | CLASS_SHADOWABLE => {
                class_value_hit(c, owner, name)
            }
            SLOT => {
                return slot_of(c, owner).map_or(Probe::Miss, |s| found(*s));
            }
            INSTANCE_DICT if (*Py_TYPE(owner)).tp_version_tag == c.version => {
                return instance_own(owner, name).map_or(Probe::Miss, found);
            }
            _ => ptr::null_mut(),
        };
        if !v.is_null() {
            return Probe::Hit(v);
        }
        match guarded_values(c, owner) {
            Some(values) if !values.is_null() => found(*values.offset(c.index)),
            Some(_) => {
                // The instance's values became a dict: look there, as LOAD_ATTR_WITH_HINT does
                // (the guard already proved the type has no attribute of this name).
                let dict = cp::managed_dict(owner);
                if dict.is_null() {
                    Probe::Generic
                } else {
                    found(dict_hint_lookup(c, dict, name))
                }
            }
            None => Probe::Miss,
        }
    }
}

/// For a `SLOT` cache whose type guard holds: the address of `owner`'s slot.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn slot_of(c: &AttrCache, owner: *mut PyObject) -> Option<*mut *mut PyObject> {
    // SAFETY: the version guard proves `owner`'s type is the one whose member descriptor (of
    // this type or a base: `object_slot_member`) put an object slot at this offset.
    unsafe {
        (c.kind == SLOT && (*Py_TYPE(owner)).tp_version_tag == c.version)
            .then(|| (owner as *mut u8).offset(c.index) as *mut *mut PyObject)
    }
}

/// Exactly `types.ModuleType` (not a subclass, whose lookups may differ).
#[inline(always)]
unsafe fn is_module(owner: *mut PyObject) -> bool {
    // SAFETY: reads the type of a live object; PyModule_Type is a static.
    unsafe { Py_TYPE(owner) == ptr::addr_of_mut!(PyModule_Type) }
}

/// For a `MODULE` cache: the attribute's current value in `owner`'s dict if the guards hold,
/// else NULL. Borrowed. The guards: `owner` is an exact module; its dict's keys object is the
/// one at fill time with the same index size (so the entry's address is still inside it); the
/// entry still holds `name` (a deleted key is cleared; entries are never moved within a keys
/// object) and a value. The value is read live, so `mod.x = y` needs no refill. Generic
/// `module.__getattribute__` would find the same value: at fill time `ModuleType` had no
/// attribute of that name, and built-in types never change.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn module_hit(c: &AttrCache, owner: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: the dict is an exact module's (never NULL once the module exists: checked), and
    // the keys object is read only once it is known to be the cached one.
    unsafe {
        if c.kind != MODULE || !is_module(owner) {
            return ptr::null_mut();
        }
        let dict = cp::module_dict(owner);
        if dict.is_null() {
            return ptr::null_mut();
        }
        let keys = cp::dict_keys(dict);
        if keys != c.keys || cp::keys_log2_index_bytes(keys) as isize != c.index >> 32 {
            return ptr::null_mut();
        }
        match cp::unicode_entry(keys, c.index & 0xffff_ffff) {
            Some(e) if e as *mut PyObject == c.descr && (*e)[0] == name => (*e)[1],
            _ => ptr::null_mut(),
        }
    }
}

/// Fill `c` for `name` found in an exact module's dict (see `module_hit`).
unsafe fn fill_module(c: &mut AttrCache, owner: *mut PyObject, name: *mut PyObject) {
    // SAFETY: GIL held; `owner` is an exact module; `_PyType_Lookup` never raises.
    unsafe {
        c.fills += 1;
        c.kind = EMPTY;
        let dict = cp::module_dict(owner);
        if dict.is_null()
            || PyUnicode_CheckExact(name) == 0
            || !cffi::_PyType_Lookup(Py_TYPE(owner), name).is_null()
        {
            return;
        }
        let keys = cp::dict_keys(dict);
        let index = cp::shared_keys_index(keys, name);
        if let Some(e) = cp::unicode_entry(keys, index)
            && !(*e)[1].is_null()
        {
            *c = AttrCache {
                kind: MODULE,
                fills: c.fills,
                version: 0,
                index: index | (cp::keys_log2_index_bytes(keys) as isize) << 32,
                keys,
                descr: e as *mut PyObject,
            };
        }
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
        if (*Py_TYPE(owner)).tp_version_tag != c.version {
            return None;
        }
        match c.kind {
            INSTANCE_VALUE => Some(cp::managed_values(owner)),
            // Not among the shared keys: only a materialised dict can hold it.
            DICT_ONLY => Some(ptr::null_mut()),
            _ => None,
        }
    }
}

/// The value of `name` in an instance's materialised dict through the site's hint (the entry
/// index where it was last found, kept in the otherwise unused `keys` word of an
/// `INSTANCE_VALUE` cache), or NULL if the dict does not have it. Borrowed. Compiled code
/// tries the same hint inline first (`dict_hint_value` in `tier1_llvm::lower::call`).
///
/// # Safety
/// GIL held; `dict` is a live dict.
unsafe fn dict_hint_lookup(
    c: &mut AttrCache,
    dict: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: entries are read only below the keys' own count (`unicode_entry`).
    unsafe {
        let keys = cp::dict_keys(dict);
        // A split dict (still sharing the type's keys) keeps its values in `ma_values`.
        let split = (*(dict as *mut PyDictObject)).ma_values as *mut *mut PyObject;
        let value_at = |i: isize, e: *mut [*mut PyObject; 2]| {
            if split.is_null() {
                (*e)[1]
            } else {
                *split.offset(i)
            }
        };
        let hint = c.keys as isize;
        if let Some(e) = cp::unicode_entry(keys, hint)
            && (*e)[0] == name
        {
            return value_at(hint, e);
        }
        let i = cp::shared_keys_index(keys, name);
        match cp::unicode_entry(keys, i) {
            Some(e) => {
                c.keys = i as *mut c_void;
                value_at(i, e)
            }
            None => ptr::null_mut(),
        }
    }
}

/// What the instance `obj` itself holds under `name`, for a cache of the type's attribute
/// `name` (the `kinds` family): None when the entry's guards fail (another type, a changed one,
/// or a dict that cannot be searched without running code); Some(NULL) when `obj` has no such
/// attribute, so generic lookup returns the type's; Some(value) (borrowed) when it has one,
/// which generic lookup returns instead (for a non-data attribute of the type).
/// - `no_dict`: instances have no dict at all;
/// - `values`: no materialised dict, and the shared keys are the cached ones with the same
///   number of names, none of them `name`;
/// - `shadowable`: no materialised dict, the shared keys are the cached ones, and the instance
///   values (if any) hold the entry `index`;
/// - `null_dict`: the old-style dict pointer at offset `index`, NULL or a dict;
/// - with a materialised dict (an instance whose attributes outgrew the shared keys, or of a
///   type whose `tp_new` makes no inline values: `str` and `random.Random` subclasses), every
///   instance attribute is in it (3.11 moves the values there): `dict_item`.
///
/// # Safety
/// GIL held; `obj` live; `name` the exact `str` the cache was filled for.
#[inline(always)]
unsafe fn own_attr(
    c: &AttrCache,
    obj: *mut PyObject,
    name: *mut PyObject,
    kinds: Unshadowed,
) -> Option<*mut PyObject> {
    // SAFETY: the shared keys and values are read only once the keys are known to be the
    // cached, live ones (the version guard proves the type, which owns them, is unchanged;
    // an instance's values array has room for every index of its type's shared keys), and the
    // dict pointer at the offset the unchanged type declares.
    unsafe {
        let tp = Py_TYPE(obj);
        if (*tp).tp_version_tag != c.version {
            return None;
        }
        if c.kind == kinds.no_dict {
            Some(ptr::null_mut())
        } else if c.kind == kinds.null_dict {
            let dict = *((obj as *mut u8).offset(c.index) as *mut *mut PyObject);
            if dict.is_null() {
                Some(dict)
            } else {
                dict_item(dict, name)
            }
        } else if c.kind == kinds.values || c.kind == kinds.shadowable {
            let dict = cp::managed_dict(obj);
            if !dict.is_null() {
                dict_item(dict, name)
            } else if cp::shared_keys(tp) != c.keys {
                None
            } else if c.kind == kinds.values {
                (cp::keys_nentries(c.keys) == c.index).then_some(ptr::null_mut())
            } else {
                let values = cp::managed_values(obj);
                Some(if values.is_null() {
                    ptr::null_mut()
                } else {
                    *values.offset(c.index)
                })
            }
        } else {
            None
        }
    }
}

/// `name`'s value in the instance dict `dict` (borrowed), or NULL; None unless the dict's keys
/// are all `str`, so that the lookup compares strings only, runs no `__eq__` and cannot raise
/// or change any type. What generic lookup reads before (or instead of) the type's attribute.
///
/// # Safety
/// GIL held; `dict` live (a dict, or a subclass, which generic lookup reads as a dict too);
/// `name` an exact `str`.
#[inline(never)]
unsafe fn dict_item(dict: *mut PyObject, name: *mut PyObject) -> Option<*mut PyObject> {
    // SAFETY: as documented.
    unsafe {
        if PyDict_Check(dict) == 0 || !cp::str_keys(cp::dict_keys(dict)) {
            return None;
        }
        let v = PyDict_GetItemWithError(dict, name);
        if v.is_null() && !PyErr_Occurred().is_null() {
            PyErr_Clear();
            return None;
        }
        Some(v)
    }
}

/// The kinds of one family of "a type attribute no instance shadows" caches.
#[derive(Clone, Copy)]
struct Unshadowed {
    values: u16,
    no_dict: u16,
    null_dict: u16,
    shadowable: u16,
}

const METHODS: Unshadowed = Unshadowed {
    values: METHOD_VALUES,
    no_dict: METHOD_NO_DICT,
    null_dict: METHOD_NULL_DICT,
    shadowable: METHOD_SHADOWABLE,
};
const CLASS_ATTRS: Unshadowed = Unshadowed {
    values: CLASS_VALUES,
    no_dict: CLASS_NO_DICT,
    null_dict: CLASS_NULL_DICT,
    shadowable: CLASS_SHADOWABLE,
};
const DESCRS: Unshadowed = Unshadowed {
    values: DESCR_VALUES,
    no_dict: DESCR_NO_DICT,
    null_dict: DESCR_NULL_DICT,
    shadowable: DESCR_SHADOWABLE,
};

/// For a `CLASS_*` cache: the class attribute (borrowed) if no instance attribute can shadow
/// it (`own_attr`), else NULL. It has no `__get__`, so generic lookup returns it as it is.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn class_value_hit(
    c: &AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as documented; `descr` is kept alive by the type's dict while the tag holds.
    unsafe {
        if !matches!(
            c.kind,
            CLASS_VALUES | CLASS_NO_DICT | CLASS_NULL_DICT | CLASS_SHADOWABLE
        ) {
            return ptr::null_mut();
        }
        // The attribute is read (`no_get`) only once the version guard held: it is alive.
        match own_attr(c, owner, name, CLASS_ATTRS) {
            Some(_) if !no_get(c.descr) => ptr::null_mut(),
            Some(v) if v.is_null() => c.descr,
            Some(v) => v,
            None => ptr::null_mut(),
        }
    }
}

/// For a `TYPE_ATTR` cache: the attribute (borrowed) if `owner` is the class it was found on,
/// unchanged (its version tag: tags are unique, so an equal tag is the same class, and its
/// and its bases' dicts are as they were) and its metaclass is the cached one, unchanged (so it
/// has still no data descriptor of that name), else NULL.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn type_attr_hit(c: &AttrCache, owner: *mut PyObject) -> *mut PyObject {
    // SAFETY: `owner` is read as a type only after the type check.
    unsafe {
        let meta = Py_TYPE(owner);
        if PyType_Check(owner) != 0
            && (*(owner as *mut PyTypeObject)).tp_version_tag == c.version
            && meta as *mut c_void == c.keys
            && (*meta).tp_version_tag as isize == c.index
        {
            c.descr
        } else {
            ptr::null_mut()
        }
    }
}

/// A `MUTABLE_DESCR` entry's answer: what `PyObject_GenericGetAttr` returns for a descriptor
/// found on the type, while the owner's type and the descriptor's type are unchanged.
///
/// # Safety
/// GIL held; live arguments.
#[inline(never)]
unsafe fn mutable_descr_hit(
    c: &AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
) -> Probe<Found> {
    // SAFETY: `descr` is read only once the owner's version guard held (it is alive, borrowed
    // from the type's dict); the slots read are those of its live type, whose tag is checked.
    unsafe {
        if (*Py_TYPE(owner)).tp_version_tag != c.version {
            return Probe::Miss;
        }
        let dt = Py_TYPE(c.descr);
        if (*dt).tp_version_tag as isize != c.index || (*dt).tp_descr_get.is_none() {
            return Probe::Miss;
        }
        if (*dt).tp_descr_set.is_some() {
            return Probe::Hit(Found::Get(c.descr));
        }
        match instance_own(owner, name) {
            Some(v) if v.is_null() => Probe::Hit(Found::Get(c.descr)),
            Some(v) => Probe::Hit(Found::Value(v)),
            None => Probe::Miss,
        }
    }
}

/// The instance's own attribute `name` (borrowed), NULL if it has none, wherever its type keeps
/// them (inline values, a materialised or old-style dict, a dict after a variable-size body:
/// `_PyObject_DictPointer`); None when its dict could run code when searched (`dict_item`).
/// Unlike `own_attr`, it needs nothing from a fill: it finds the name among the shared keys.
///
/// # Safety
/// GIL held; `obj` live; `name` an exact `str`.
unsafe fn instance_own(obj: *mut PyObject, name: *mut PyObject) -> Option<*mut PyObject> {
    // SAFETY: each pointer is where the live type says it is (pycore_object.h, 3.11).
    unsafe {
        let tp = Py_TYPE(obj);
        let dict = if (*tp).tp_flags & Py_TPFLAGS_MANAGED_DICT != 0 {
            let dict = cp::managed_dict(obj);
            if dict.is_null() {
                let values = cp::managed_values(obj);
                let keys = cp::shared_keys(tp);
                if values.is_null() || keys.is_null() {
                    return Some(ptr::null_mut());
                }
                let i = cp::shared_keys_index(keys, name);
                return Some(if i < 0 {
                    ptr::null_mut()
                } else {
                    *values.offset(i)
                });
            }
            dict
        } else {
            let offset = cp::dict_offset(obj);
            if offset == 0 {
                return Some(ptr::null_mut());
            }
            *((obj as *mut u8).offset(offset) as *mut *mut PyObject)
        };
        if dict.is_null() {
            Some(dict)
        } else {
            dict_item(dict, name)
        }
    }
}

/// `dict[name]` (borrowed) for an exact dict whose keys are all strs, looked up without running
/// code; NULL if absent or when the lookup could run code (`dict_item`).
///
/// # Safety
/// GIL held; `dict` and `name` live.
pub unsafe fn peek_dict(dict: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: as documented.
    unsafe {
        if PyDict_CheckExact(dict) == 0 || PyUnicode_CheckExact(name) == 0 {
            return ptr::null_mut();
        }
        dict_item(dict, name).unwrap_or(ptr::null_mut())
    }
}

/// What generic attribute lookup would return for `obj.name` (borrowed), if finding it runs no
/// Python code: an object slot (`__slots__`), the instance's own attribute, or a plain class
/// attribute (no `__get__`); NULL otherwise (a descriptor with a getter, a hooked
/// `__getattribute__`, no such attribute). Reads memory only, changes nothing: what the hook
/// samples attributes of a frame's parameters with (`hook::install::value_hints`).
///
/// # Safety
/// GIL held; `obj` live; `name` a live `str`.
pub unsafe fn peek_attr(obj: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: as documented; `_PyType_Lookup` never raises (a type's dict has str keys).
    unsafe {
        let tp = Py_TYPE(obj);
        if instance_lookup(tp) != Lookup::Generic || PyUnicode_CheckExact(name) == 0 {
            return ptr::null_mut();
        }
        let descr = cffi::_PyType_Lookup(tp, name);
        if !descr.is_null() && (*Py_TYPE(descr)).tp_descr_set.is_some() {
            // A data descriptor comes first: read only an object slot's.
            return match cp::object_slot_member(descr, tp) {
                Some((offset, _)) => *((obj as *mut u8).offset(offset) as *mut *mut PyObject),
                None => ptr::null_mut(),
            };
        }
        match instance_own(obj, name) {
            Some(v) if !v.is_null() => v,
            Some(_) if !descr.is_null() && no_get(descr) => descr,
            _ => ptr::null_mut(),
        }
    }
}

/// The function of `owner` if it is an exact bound method of an exact function. Borrowed.
///
/// # Safety
/// GIL held; `owner` live.
#[inline(always)]
unsafe fn bound_func(owner: *mut PyObject) -> Option<*mut PyObject> {
    // SAFETY: `im_func` is read only from an exact method object.
    unsafe {
        if Py_TYPE(owner) != ptr::addr_of_mut!(cffi::PyMethod_Type) {
            return None;
        }
        let func = *((owner as *mut u8).add(cp::METHOD_FUNC) as *mut *mut PyObject);
        (Py_TYPE(func) == ptr::addr_of_mut!(PyFunction_Type)).then_some(func)
    }
}

/// Fill `c` as `BOUND_FUNC_ATTR` for `owner.name`, `owner` an exact bound method: when the
/// method type has no attribute `name` and the function type has none or a data descriptor.
///
/// # Safety
/// GIL held; live arguments; `owner` an exact method.
unsafe fn fill_bound_func_attr(c: &mut AttrCache, owner: *mut PyObject, name: *mut PyObject) {
    // SAFETY: as documented; both types are static and immutable, so what `_PyType_Lookup`
    // finds on them now is what it will always find.
    unsafe {
        c.fills += 1;
        c.kind = EMPTY;
        if PyUnicode_CheckExact(name) == 0 || bound_func(owner).is_none() {
            return;
        }
        if !cffi::_PyType_Lookup(ptr::addr_of_mut!(cffi::PyMethod_Type), name).is_null() {
            return;
        }
        let descr = cffi::_PyType_Lookup(ptr::addr_of_mut!(PyFunction_Type), name);
        if !descr.is_null() {
            let t = Py_TYPE(descr);
            if (*t).tp_descr_get.is_none()
                || (*t).tp_descr_set.is_none()
                || (*t).tp_flags & Py_TPFLAGS_IMMUTABLETYPE == 0
            {
                return;
            }
        }
        *c = AttrCache {
            kind: BOUND_FUNC_ATTR,
            fills: c.fills,
            version: cp::valid_version_tag(ptr::addr_of_mut!(cffi::PyMethod_Type)),
            index: 0,
            keys: ptr::null_mut(),
            descr,
        };
    }
}

/// Whether a class attribute is a plain value that lookup returns as it is: its type has no
/// `__get__` (a function would bind). The class of an instance of a user class (pyparsing's
/// `ParserElement.packrat_cache`, `logging.Logger.manager`) could gain a `__get__` without the
/// owner changing, so every hit checks this again (`no_get`).
unsafe fn plain_value(descr: *mut PyObject) -> bool {
    // SAFETY: reads the type of a live object.
    unsafe { no_get(descr) }
}

/// The type of `v` has no `__get__` right now. Adding one to a class sets its `tp_descr_get`
/// slot, and `v.__class__ = K` changes `Py_TYPE(v)`: both are seen here.
///
/// # Safety
/// `v` live.
#[inline(always)]
unsafe fn no_get(v: *mut PyObject) -> bool {
    // SAFETY: as documented.
    unsafe { (*Py_TYPE(v)).tp_descr_get.is_none() }
}

/// After `fill_instance_value` declined: fill `c` for a plain class attribute that no instance
/// can shadow right now (the guards of `fill_method`). Does not count a fill of its own.
unsafe fn fill_class_value(c: &mut AttrCache, tp: *mut PyTypeObject, name: *mut PyObject) {
    // SAFETY: GIL held; live type; `_PyType_Lookup` never raises.
    unsafe {
        if !generic_getattr(tp) || PyUnicode_CheckExact(name) == 0 {
            return;
        }
        let descr = cffi::_PyType_Lookup(tp, name);
        if descr.is_null() || !plain_value(descr) {
            return;
        }
        fill_unshadowed(c, tp, name, descr, CLASS_ATTRS);
    }
}

/// Fill `c` for an attribute read on the class `owner` itself: what `type.__getattribute__`
/// returns when the metaclass has no data descriptor of that name and the class (or a base)
/// has the name: a plain value, or an instance of the class itself (an enum member: the
/// class's version guards its type) as `TYPE_ATTR`; a descriptor as `TYPE_DESCR`. Only for
/// metaclasses that keep `type.__getattribute__` (`Lookup`: EnumType adds a `__getattr__`).
unsafe fn fill_type_attr(c: &mut AttrCache, owner: *mut PyTypeObject, name: *mut PyObject) {
    // SAFETY: GIL held; live types; `_PyType_Lookup` never raises.
    unsafe {
        c.fills += 1;
        c.kind = EMPTY;
        let meta = Py_TYPE(owner as *mut PyObject);
        let Some(type_getattro) = (*ptr::addr_of_mut!(PyType_Type)).tp_getattro else {
            return;
        };
        let lookup = lookup_of(meta, ptr::addr_of_mut!(PyType_Type), type_getattro as usize);
        if lookup == Lookup::Other || PyUnicode_CheckExact(name) == 0 {
            return;
        }
        let meta_attr = cffi::_PyType_Lookup(meta, name);
        // A data descriptor of the metaclass wins over the class's attribute. Another object
        // of that name is harmless only while it cannot become one: its type is immutable
        // (test_opcache's `Descriptor.__set__` added later changes no version tag we hold).
        if !meta_attr.is_null() {
            let t = Py_TYPE(meta_attr);
            if (*t).tp_descr_set.is_some() {
                let meta_version = cp::valid_version_tag(meta);
                if lookup == Lookup::Generic
                    && cacheable_descr(meta_attr, lookup)
                    && meta_version != 0
                {
                    *c = AttrCache {
                        kind: META_DESCR,
                        fills: c.fills,
                        version: meta_version,
                        index: meta_version as isize,
                        keys: meta as *mut c_void,
                        descr: meta_attr,
                    };
                }
                return;
            }
            if (*t).tp_flags & Py_TPFLAGS_IMMUTABLETYPE == 0 {
                return;
            }
        }
        let attr = cffi::_PyType_Lookup(owner, name);
        if attr.is_null() {
            return;
        }
        let own_instance = Py_TYPE(attr) == owner && (*owner).tp_descr_get.is_none();
        let kind = if plain_value(attr) || own_instance {
            TYPE_ATTR
        } else if cacheable_descr(attr, lookup) {
            TYPE_DESCR
        } else {
            return;
        };
        let (version, meta_version) = (cp::valid_version_tag(owner), cp::valid_version_tag(meta));
        if version == 0 || meta_version == 0 {
            return;
        }
        *c = AttrCache {
            kind,
            fills: c.fills,
            version,
            index: meta_version as isize,
            keys: meta as *mut c_void,
            descr: attr,
        };
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
    crate::stats::bump_gil(&crate::stats::METHOD_HELPER_CALLS);
    // SAFETY: as documented.
    unsafe {
        let m = mega_method_fast(cache, obj, name);
        if !m.is_null() {
            crate::stats::bump_gil(&crate::stats::METHOD_CACHE_MISSES);
            crate::stats::bump_gil(&crate::stats::MEGAMORPHIC_HITS);
            Py_INCREF(m);
            *out = m;
            return 1;
        }
        let first = megamorphic_first(
            cache,
            obj,
            name,
            &MEGA_METHOD,
            fill_load_method,
            method_entry_probe,
        );
        if let Some(Probe::Hit((f, is_method))) = first {
            crate::stats::bump_gil(&crate::stats::METHOD_CACHE_MISSES);
            *out = f.get(obj);
            return is_method;
        }
        match probe_site(cache, |c| method_entry_probe(c, obj, name)) {
            Probe::Hit((f, is_method)) => {
                *out = f.get(obj);
                return is_method;
            }
            Probe::Generic => crate::stats::bump_gil(&crate::stats::METHOD_CACHE_MISSES),
            Probe::Miss if first.is_some() => {
                crate::stats::bump_gil(&crate::stats::METHOD_CACHE_MISSES)
            }
            Probe::Miss => {
                crate::stats::bump_gil(&crate::stats::METHOD_CACHE_MISSES);
                if is_module(obj) {
                    if let Some(c) = way_to_fill(cache, 0) {
                        fill_module(c, obj, name);
                    }
                } else {
                    match way_to_fill(cache, guard_version(obj)) {
                        Some(c) => fill_load_method(c, obj, name),
                        None => {
                            if let Some(Probe::Hit((f, is_method))) = megamorphic(
                                &MEGA_METHOD,
                                obj,
                                name,
                                fill_load_method,
                                method_entry_probe,
                            ) {
                                *out = f.get(obj);
                                return is_method;
                            }
                        }
                    }
                }
            }
        }
        cffi::_PyObject_GetMethod(obj, name, out)
    }
}

/// `super().name` for LOAD_METHOD right after a zero-argument `super()` call, without making
/// the super object: `super_init_without_args` (the frame's first argument, read through its
/// cell if it has one, and the `__class__` free variable) and `supercheck`, then
/// `super_getattro`'s walk of the start type's MRO after `__class__`. Returns the attribute
/// (new reference) and sets `*out` to NULL, or returns the method and sets `*out` to the
/// `self` it is called with (new reference), as `_PyObject_GetMethod` on the super object would
/// leave the stack (a bound method becomes method and self). Returns NULL, with nothing
/// changed and no exception set, whenever the general path could do anything else: then
/// compiled code calls `super()` and runs LOAD_METHOD as usual (which also raises every error
/// CPython raises). Only functions, method and slot-wrapper descriptors and attributes without
/// `__get__` are answered, so no Python code runs here.
///
/// # Safety
/// GIL held; `frame` is the running compiled frame (its MAKE_CELL and COPY_FREE_VARS ran);
/// `name` borrowed.
pub unsafe extern "C" fn rjit_super_method(
    frame: *mut InterpreterFrame,
    name: *mut PyObject,
    out: *mut *mut PyObject,
) -> *mut PyObject {
    // SAFETY: as documented; every object read is checked for its type first.
    unsafe {
        let co = (*frame).f_code;
        let Some(class_name) = intern_class() else {
            return ptr::null_mut();
        };
        if (*co).co_argcount == 0
            || PyUnicode_CheckExact(name) == 0
            || same_str(name, class_name)
            || PyBytes_Check((*co).co_localspluskinds) == 0
        {
            return ptr::null_mut();
        }
        let locals = (*frame).localsplus.as_mut_ptr();
        let kinds = PyBytes_AsString((*co).co_localspluskinds) as *const u8;
        let cell_contents = |cell: *mut PyObject| {
            if cell.is_null() || Py_TYPE(cell) != ptr::addr_of_mut!(cffi::PyCell_Type) {
                ptr::null_mut()
            } else {
                *cp::cell_ref(cell)
            }
        };
        let mut first = *locals;
        if *kinds & cp::CO_FAST_CELL != 0 {
            first = cell_contents(first);
        }
        if first.is_null() {
            return ptr::null_mut();
        }
        let names = (*co).co_localsplusnames;
        let mut cls = ptr::null_mut();
        for i in (*co).co_nlocals + (*co).co_nplaincellvars..(*co).co_nlocalsplus {
            if same_str(PyTuple_GET_ITEM(names, i as Py_ssize_t), class_name) {
                cls = cell_contents(*locals.add(i as usize));
                break;
            }
        }
        if cls.is_null() || PyType_Check(cls) == 0 {
            return ptr::null_mut();
        }
        let cls = cls as *mut PyTypeObject;
        let on_type = PyType_Check(first) != 0 && PyType_IsSubtype(first as _, cls) != 0;
        let start = if on_type {
            first as *mut PyTypeObject
        } else if PyType_IsSubtype(Py_TYPE(first), cls) != 0 {
            Py_TYPE(first)
        } else {
            return ptr::null_mut();
        };
        let mro = (*start).tp_mro;
        if mro.is_null() || PyTuple_Check(mro) == 0 {
            return ptr::null_mut();
        }
        let n = PyTuple_GET_SIZE(mro);
        let mut i = 0;
        while i + 1 < n && PyTuple_GET_ITEM(mro, i) != cls as *mut PyObject {
            i += 1;
        }
        i += 1;
        while i < n {
            let dict = (*(PyTuple_GET_ITEM(mro, i) as *mut PyTypeObject)).tp_dict;
            // Only str keys: the lookup can run no `__eq__` and raise nothing.
            if dict.is_null() || PyDict_CheckExact(dict) == 0 || !cp::str_keys(cp::dict_keys(dict))
            {
                return ptr::null_mut();
            }
            let res = PyDict_GetItemWithError(dict, name);
            if !res.is_null() {
                let t = Py_TYPE(res);
                let method = t == ptr::addr_of_mut!(PyFunction_Type)
                    || t == ptr::addr_of_mut!(PyMethodDescr_Type)
                    || t == ptr::addr_of_mut!(PyWrapperDescr_Type);
                if method && !on_type {
                    Py_INCREF(res);
                    Py_INCREF(first);
                    *out = first;
                    return res;
                }
                // A function read on the class itself is the function; an attribute without
                // `__get__` is itself.
                if t == ptr::addr_of_mut!(PyFunction_Type) || (*t).tp_descr_get.is_none() {
                    Py_INCREF(res);
                    *out = ptr::null_mut();
                    return res;
                }
                return ptr::null_mut();
            }
            if !PyErr_Occurred().is_null() {
                return ptr::null_mut();
            }
            i += 1;
        }
        ptr::null_mut()
    }
}

/// `a == b` for two strs, by identity first (names are interned).
///
/// # Safety
/// GIL held; both live strs.
unsafe fn same_str(a: *mut PyObject, b: *mut PyObject) -> bool {
    // SAFETY: as documented.
    unsafe {
        a == b
            || (PyUnicode_CheckExact(a) != 0
                && PyUnicode_GET_LENGTH(a) == PyUnicode_GET_LENGTH(b)
                && PyUnicode_Compare(a, b) == 0)
    }
}

/// The interned string `"__class__"`.
fn intern_class() -> Option<*mut PyObject> {
    static NAME: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    // SAFETY: GIL held (called from compiled code).
    let p =
        *NAME.get_or_init(|| unsafe { PyUnicode_InternFromString(c"__class__".as_ptr()) as usize });
    (p != 0).then_some(p as *mut PyObject)
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
        match probe_site(cache, |c| store_attr_probe(c, owner, name, v)) {
            Probe::Hit(err) => {
                Py_DECREF(owner);
                return err;
            }
            Probe::Generic => {}
            Probe::Miss => {
                let tp = Py_TYPE(owner);
                if let Some(c) = way_to_fill(cache, (*tp).tp_version_tag) {
                    fill_instance_value(c, tp, name, true);
                }
            }
        }
        let err = PyObject_SetAttr(owner, name, v);
        Py_DECREF(v);
        Py_DECREF(owner);
        err
    }
}

/// One entry's attempt at STORE_ATTR: on a hit `v` has been consumed and the result (0, or
/// -1 with an exception set) is returned; `owner` is left to the caller.
///
/// # Safety
/// As for [`rjit_store_attr`].
#[inline(always)]
unsafe fn store_attr_probe(
    c: &mut AttrCache,
    owner: *mut PyObject,
    name: *mut PyObject,
    v: *mut PyObject,
) -> Probe<c_int> {
    // SAFETY: as documented; each write follows its guard.
    unsafe {
        if let Some(slot) = slot_of(c, owner) {
            // As STORE_ATTR_SLOT: store, then release the old value.
            let old = *slot;
            *slot = v;
            Py_XDECREF(old);
            return Probe::Hit(0);
        }
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
                Probe::Hit(0)
            }
            Some(_) => {
                // A materialised instance dict: what the generic setattr would do once it found
                // no descriptor on the type (the guard proved there is none).
                let dict = cp::managed_dict(owner);
                if !dict.is_null() && PyDict_CheckExact(dict) != 0 {
                    let err = PyDict_SetItem(dict, name, v);
                    Py_DECREF(v);
                    Probe::Hit(err)
                } else {
                    Probe::Generic
                }
            }
            None => Probe::Miss,
        }
    }
}

/// How a type's instances (or, for a metaclass, its classes) look attributes up.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lookup {
    /// `object.__getattribute__` (`type.__getattribute__` for a metaclass) itself.
    Generic,
    /// A `__getattr__` hook (`slot_tp_getattr_hook`) with the default `__getattribute__`:
    /// the generic lookup runs first, and `__getattr__` only after it raised AttributeError.
    /// A cached hit is what the generic lookup returns, so it is this lookup's answer too,
    /// unless the hit itself could raise AttributeError (a property's getter): then
    /// `__getattr__` would have been called (`get_raises_no_attribute_error`).
    Hooked,
    Other,
}

/// `Lookup` of `tp`, whose default is `base`'s `__getattribute__` (`object` for instances,
/// `type` for classes) with `generic` as its slot function. CPython's functions are compared
/// by address: they come from one shared library.
unsafe fn lookup_of(tp: *mut PyTypeObject, base: *mut PyTypeObject, generic: usize) -> Lookup {
    // SAFETY: plain field reads of live types; `_PyType_Lookup` never raises.
    unsafe {
        let getattro = (*tp).tp_getattro.map(|f| f as usize);
        if getattro == Some(generic) {
            return Lookup::Generic;
        }
        if getattro.is_none() || getattro != super::calls::slot_getattr_hook() {
            return Lookup::Other;
        }
        let Some(name) = super::calls::intern_getattribute() else {
            return Lookup::Other;
        };
        // The default `__getattribute__`: the base's own, or the slot wrapper a builtin type
        // in between made for the same function (`tuple` sets `tp_getattro` itself, so a
        // `tuple` subclass finds `tuple.__getattribute__`: sqlparse's token types).
        let own = cffi::_PyType_Lookup(tp, name);
        let default = !own.is_null()
            && (own == cffi::_PyType_Lookup(base, name)
                || (Py_TYPE(own) == ptr::addr_of_mut!(PyWrapperDescr_Type)
                    && *((own as *mut u8).add(cp::WRAPPER_DESCR_WRAPPED) as *const usize)
                        == generic));
        if default {
            Lookup::Hooked
        } else {
            Lookup::Other
        }
    }
}

/// `Lookup` of instances of `tp`.
unsafe fn instance_lookup(tp: *mut PyTypeObject) -> Lookup {
    // SAFETY: live type; `PyBaseObject_Type` is a static.
    unsafe {
        lookup_of(
            tp,
            ptr::addr_of_mut!(PyBaseObject_Type),
            PyObject_GenericGetAttr as *const () as usize,
        )
    }
}

/// The type's instances look attributes up generically, first (`Lookup`).
unsafe fn generic_getattr(tp: *mut PyTypeObject) -> bool {
    // SAFETY: live type.
    unsafe { instance_lookup(tp) != Lookup::Other }
}

/// Whether `descr.__get__` cannot raise AttributeError (so a `Lookup::Hooked` type's
/// `__getattr__` could not be called after it): functions, method descriptors, staticmethods,
/// and classmethods of a function.
unsafe fn get_raises_no_attribute_error(descr: *mut PyObject) -> bool {
    // SAFETY: reads the type and, for a classmethod, its callable (same layout) of a live
    // object.
    unsafe {
        let t = Py_TYPE(descr);
        if t == ptr::addr_of_mut!(PyFunction_Type)
            || t == ptr::addr_of_mut!(PyMethodDescr_Type)
            || t == ptr::addr_of_mut!(cffi::PyStaticMethod_Type)
        {
            return true;
        }
        if t == ptr::addr_of_mut!(cffi::PyClassMethod_Type) {
            let f = *((descr as *mut u8).add(cp::CLASSMETHOD_CALLABLE) as *mut *mut PyObject);
            return !f.is_null() && Py_TYPE(f) == ptr::addr_of_mut!(PyFunction_Type);
        }
        false
    }
}

/// A descriptor a cache may call: its type is immutable (its slots stay as they are) and has
/// `__get__`; under a `__getattr__` hook, one whose `__get__` cannot raise AttributeError.
unsafe fn cacheable_descr(descr: *mut PyObject, lookup: Lookup) -> bool {
    // SAFETY: reads the type of a live object.
    unsafe {
        let t = Py_TYPE(descr);
        (*t).tp_descr_get.is_some()
            && (*t).tp_flags & Py_TPFLAGS_IMMUTABLETYPE != 0
            && match lookup {
                Lookup::Generic => true,
                Lookup::Hooked => get_raises_no_attribute_error(descr),
                Lookup::Other => false,
            }
    }
}

/// After the value kinds declined: fill `c` for a descriptor with `__get__` on the type
/// (`DESCR_*`). Does not count a fill of its own.
unsafe fn fill_descr(c: &mut AttrCache, tp: *mut PyTypeObject, name: *mut PyObject) {
    // SAFETY: GIL held; live type; `_PyType_Lookup` never raises.
    unsafe {
        if PyUnicode_CheckExact(name) == 0 {
            return;
        }
        let descr = cffi::_PyType_Lookup(tp, name);
        if descr.is_null() {
            return;
        }
        let lookup = instance_lookup(tp);
        let dt = Py_TYPE(descr);
        if lookup == Lookup::Generic
            && (*dt).tp_flags & Py_TPFLAGS_IMMUTABLETYPE == 0
            && (*dt).tp_descr_get.is_some()
        {
            let (version, dt_version) = (cp::valid_version_tag(tp), cp::valid_version_tag(dt));
            if version != 0 && dt_version != 0 {
                *c = AttrCache {
                    kind: MUTABLE_DESCR,
                    fills: c.fills,
                    version,
                    index: dt_version as isize,
                    keys: ptr::null_mut(),
                    descr,
                };
            }
            return;
        }
        if !cacheable_descr(descr, lookup) {
            return;
        }
        if (*Py_TYPE(descr)).tp_descr_set.is_some() {
            fill_on_version(c, tp, DESCR_DATA, descr);
        } else {
            fill_unshadowed(c, tp, name, descr, DESCRS);
        }
    }
}

/// After the other kinds declined: fill `c` as `INSTANCE_DICT` when instances of `tp` (not
/// keeping inline values) look `name` up generically, first, and the type has no attribute
/// of that name. Does not count a fill of its own.
unsafe fn fill_instance_dict(c: &mut AttrCache, tp: *mut PyTypeObject, name: *mut PyObject) {
    // SAFETY: GIL held; live type; `_PyType_Lookup` never raises.
    unsafe {
        if (*tp).tp_flags & Py_TPFLAGS_MANAGED_DICT != 0
            || (*tp).tp_dictoffset == 0
            || !generic_getattr(tp)
            || PyUnicode_CheckExact(name) == 0
            || !cffi::_PyType_Lookup(tp, name).is_null()
        {
            return;
        }
        fill_on_version(c, tp, INSTANCE_DICT, ptr::null_mut());
    }
}

/// Fill `c` as `kind` with `descr`, guarded by `tp`'s version tag alone; leave it empty if the
/// type has no valid tag.
///
/// # Safety
/// GIL held; `tp` live; `descr` NULL or borrowed from `tp`'s dict (or a base's).
unsafe fn fill_on_version(
    c: &mut AttrCache,
    tp: *mut PyTypeObject,
    kind: u16,
    descr: *mut PyObject,
) {
    // SAFETY: as documented.
    unsafe {
        let version = cp::valid_version_tag(tp);
        if version != 0 {
            *c = AttrCache {
                kind,
                fills: c.fills,
                version,
                index: 0,
                keys: ptr::null_mut(),
                descr,
            };
        }
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
        if !generic || PyUnicode_CheckExact(name) == 0 {
            return;
        }
        let descr = cffi::_PyType_Lookup(tp, name);
        if !descr.is_null() {
            // A class attribute or descriptor takes part: only an object slot is cached.
            let version = cp::valid_version_tag(tp);
            if let Some((offset, readonly)) = cp::object_slot_member(descr, tp)
                && !(store && readonly)
                && version != 0
            {
                *c = AttrCache {
                    kind: SLOT,
                    fills: c.fills,
                    version,
                    index: offset,
                    keys: ptr::null_mut(),
                    descr: ptr::null_mut(),
                };
            }
            return;
        }
        if (*tp).tp_flags & Py_TPFLAGS_MANAGED_DICT == 0 {
            return;
        }
        let version = cp::valid_version_tag(tp);
        let keys = cp::shared_keys(tp);
        if version == 0 || keys.is_null() {
            return;
        }
        let index = cp::shared_keys_index(keys, name);
        *c = AttrCache {
            kind: if index < 0 { DICT_ONLY } else { INSTANCE_VALUE },
            fills: c.fills,
            version,
            index,
            keys: ptr::null_mut(),
            descr: ptr::null_mut(),
        };
    }
}

/// How instances of `tp` are kept from shadowing its attribute `name` right now, for the
/// `own_attr` guard: (`values` kind, shared keys, their count) when instances keep their
/// attributes in values whose shared keys lack `name`; (`no_dict` kind, NULL, 0) when they
/// have no dict at all; (`null_dict` kind, NULL, the dict pointer's offset) when they have an
/// old-style dict pointer (checked to be NULL at each use); None otherwise.
unsafe fn unshadowable(
    tp: *mut PyTypeObject,
    name: *mut PyObject,
    kinds: Unshadowed,
) -> Option<(u16, *mut c_void, isize)> {
    // SAFETY: GIL held; live type; its shared keys are live while it is.
    unsafe {
        if (*tp).tp_flags & Py_TPFLAGS_MANAGED_DICT != 0 {
            let keys = cp::shared_keys(tp);
            if keys.is_null() {
                return None;
            }
            let index = cp::shared_keys_index(keys, name);
            if index >= 0 {
                return Some((kinds.shadowable, keys, index));
            }
            Some((kinds.values, keys, cp::keys_nentries(keys)))
        } else if (*tp).tp_dictoffset == 0 {
            Some((kinds.no_dict, ptr::null_mut(), 0))
        } else if (*tp).tp_dictoffset > 0 {
            Some((kinds.null_dict, ptr::null_mut(), (*tp).tp_dictoffset))
        } else {
            None
        }
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
        fill_unshadowed(c, tp, name, descr, METHODS);
    }
}

/// Fill `c` with `descr`, found on `tp` as `name`, guarded by the type's version tag and by
/// `unshadowable` (one of `kinds`); leave it empty if either guard is unavailable.
///
/// # Safety
/// GIL held; `tp` live; `descr` borrowed from the type's dict.
unsafe fn fill_unshadowed(
    c: &mut AttrCache,
    tp: *mut PyTypeObject,
    name: *mut PyObject,
    descr: *mut PyObject,
    kinds: Unshadowed,
) {
    // SAFETY: as documented.
    unsafe {
        let version = cp::valid_version_tag(tp);
        if version == 0 {
            return;
        }
        let Some((kind, keys, index)) = unshadowable(tp, name, kinds) else {
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
