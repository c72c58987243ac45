//! Tier-up and installation, always with the GIL held.
//!
//! `on_cold_call` counts; at the threshold `tier_up` snapshots the code object, creates its
//! `CodeState`, and then: cache hit → link the mapped object now (no LLVM optimiser);
//! miss → compile on this thread (sync mode) or queue it for the pool. `drain_installs`
//! links what the pool finished. Failures are recorded on the code object and in stats, and
//! the code stays interpreted.

use std::ffi::c_void;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use pyo3_ffi::PyObject;

use crate::aot_cache;
use crate::cpython::{self as cp, PyCodeObject311};
use crate::errors::AbortReason;
use crate::runtime::{EntryFn, code_memory};
use crate::tier0::profile::{Samples, ValueHint};
use crate::tier0::state::DirectShape;
use crate::tier0::{CodeState, Cold, Origin, Slot, Tier, counters, snapshot};
use crate::{config, driver, stats};

/// co_extra free function: releases the slot's `Arc<CodeState>`; ignores NULL and counters.
/// Runs whenever a code object dies (inside GC, a DECREF, or finalisation): it never calls
/// into Python and never panics.
///
/// # Safety
/// Called by CPython with a value this module stored.
pub unsafe extern "C" fn free_slot(p: *mut c_void) {
    if let Slot::Hot(st) = Slot::decode(p) {
        // SAFETY: Hot slots hold exactly one Arc reference created by Arc::into_raw.
        drop(unsafe { Arc::from_raw(st) });
    }
}

/// The slot of a code object, for `info()`.
///
/// # Safety
/// GIL held; `code` live.
pub unsafe fn slot_of(code: *mut PyCodeObject311) -> Slot {
    let idx = super::extra_index();
    if idx < 0 {
        return Slot::Count(Cold::default());
    }
    // SAFETY: as documented.
    Slot::decode(unsafe { cp::read_extra(code, idx) })
}

fn fail(state: &CodeState, reason: &AbortReason) {
    if *reason == AbortReason::Shutdown {
        state.fail(reason.detail());
        return;
    }
    if crate::config::debug() {
        eprintln!(
            "rjit: code {} stays interpreted: {}",
            &state.key[..12.min(state.key.len())],
            reason.detail()
        );
    }
    state.fail(reason.detail());
    stats::record_failure(&reason.as_str());
}

fn link_and_install(state: &CodeState, symbol: &str, object: &[u8], origin: Origin) -> bool {
    let t = std::time::Instant::now();
    let linked = match code_memory::link(symbol, object) {
        Some(addr) => Ok(addr),
        None => driver::codegen::orc_link(code_memory::helper_table(), symbol, object)
            .inspect(|_| stats::bump(&stats::ORC_LINKS)),
    };
    stats::LINK_NANOS.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
    match linked {
        Ok(addr) => {
            install_at(state, addr, origin, profiled_size(object, symbol));
            true
        }
        Err(e) => {
            fail(state, &AbortReason::Backend(format!("link: {e}")));
            false
        }
    }
}

/// Install the linked entry at `addr` (`size` bytes, for profilers' maps).
fn install_at(state: &CodeState, addr: usize, origin: Origin, size: u64) {
    // Before this code can run: the `math` functions it may compute in place.
    crate::runtime::calls::find_math();
    state.install(addr, origin);
    stats::bump(&stats::INSTALLED);
    map_for_profilers(state, addr, size);
}

/// The size of `symbol` in `object` when a profiler map is kept (else 1: not needed).
fn profiled_size(object: &[u8], symbol: &str) -> u64 {
    if config::perf_mode() == config::PerfMode::Off {
        return 1;
    }
    crate::runtime::elf_loader::symbol_size(object, symbol).unwrap_or(1)
}

/// Name the code at `addr` in the profiler map (`RJIT_PERF_MAP`), if one is kept.
fn map_for_profilers(state: &CodeState, addr: usize, size: u64) {
    let perf = config::perf_mode();
    if perf != config::PerfMode::Off {
        super::perf_map::record(addr, size.max(1), &state.label, perf);
    }
}

/// The address of a function in a pack, its bytes verified where they will run: the pack's
/// image is mapped the first time one of its functions is used (from the file, or copied into
/// anonymous memory for `RJIT_PERF_MAP`). None when the image cannot be mapped (reported
/// once; the pack is then not used by this process) or the function's bytes are damaged.
fn packed_entry(pack: &aot_cache::pack::Pack, found: &aot_cache::pack::Found) -> Option<usize> {
    use std::os::fd::AsRawFd;
    let base = *pack.mapped.get_or_init(|| {
        let names: Vec<&str> = pack.slot_names().collect();
        let source = if config::perf_mode() == config::PerfMode::Off {
            code_memory::ImageSource::File {
                fd: pack.file().as_raw_fd(),
                offset: pack.image_off,
            }
        } else {
            code_memory::ImageSource::Copy(pack.image_bytes())
        };
        match code_memory::map_image(
            source,
            pack.image_len as usize,
            &names,
            pack.eh_frame_off as usize,
        ) {
            Ok(b) => {
                stats::bump(&stats::CACHE_PACKS_MAPPED);
                b
            }
            Err(e) => {
                eprintln!("rjit: cache pack not used: {}: {e}", pack.path.display());
                0
            }
        }
    });
    if base == 0 {
        return None;
    }
    let block = base + found.block_off as usize;
    // SAFETY: `find` checked that the block lies inside the image, which stays mapped
    // (readable and executable) until exit.
    let bytes = unsafe { std::slice::from_raw_parts(block as *const u8, found.block_len as usize) };
    found
        .matches(bytes)
        .then_some(block + found.entry_off as usize)
}

/// Count a call of a cold code object (`cold` is its state before this call); tier up at the
/// threshold. Returns the entry to run this very call if the code was installed synchronously.
///
/// # Safety
/// GIL held; `code` live; `args` is the `localsplus` of the live frame of `code` being called.
pub unsafe fn on_cold_call(
    code: *mut PyCodeObject311,
    cold: Cold,
    globals: *mut PyObject,
    args: *const *mut PyObject,
) -> Option<(EntryFn, *const *mut PyObject)> {
    // SAFETY: GIL held; co_warmup is a plain short field.
    let quickened = unsafe { (*code).co_warmup } == 0;
    let now = Cold {
        calls: cold.calls + 1,
        quickened_before: if cold.calls == 0 {
            quickened
        } else {
            cold.quickened_before
        },
        has_loop: if cold.calls == 0 {
            // SAFETY: GIL held; the code units are live while the code object is.
            crate::bytecode::has_loop(unsafe { cp::code_units(code) })
        } else {
            cold.has_loop
        },
    };
    if !counters::should_compile(now, config::threshold(), quickened) {
        // SAFETY: a counter owns nothing, so overwriting it without the freefunc is fine.
        unsafe { cp::write_extra(code, super::extra_index(), Slot::encode_count(now)) };
        return None;
    }
    // SAFETY: as above.
    let state = unsafe { tier_up(code, now.calls, config::sync(), globals, args)? };
    let e = state.entry();
    if e.is_null() {
        return None;
    }
    // SAFETY: a non-null entry was produced by linking an object with the EntryFn signature.
    Some((
        unsafe { std::mem::transmute::<*mut c_void, EntryFn>(e) },
        state.table.as_ptr(),
    ))
}

/// How compiled callers may call `code` directly (see `DirectShape`).
///
/// # Safety
/// GIL held; `code` live.
unsafe fn direct_shape(code: *mut PyCodeObject311) -> DirectShape {
    // SAFETY: plain field reads of a live code object.
    unsafe {
        let co = &*code;
        let generator = cp::frames::generator_kind(code).is_some();
        let refused = cp::CO_VARARGS | cp::CO_VARKEYWORDS;
        let simple = co.co_flags & refused == 0
            && (co.co_flags & cp::CO_GENERATOR_LIKE == 0 || generator)
            && co.co_flags & cp::CO_OPTIMIZED != 0
            && co.co_kwonlyargcount == 0;
        DirectShape {
            argc: if simple { co.co_argcount } else { -1 },
            nlocalsplus: co.co_nlocalsplus,
            frame_words: cp::frames::frame_words(code) as u64,
            generator: generator as u32,
        }
    }
}

/// After an interpreted call of cold code with a loop that took `ticks`: if it ran long, the
/// next call tiers up (the counter jumps to just below the threshold). The slot is read again:
/// the call itself may have counted (recursion) or tiered the code up.
///
/// # Safety
/// GIL held; `code` live.
pub unsafe fn after_loop_call(code: *mut PyCodeObject311, ticks: u64) {
    if ticks < counters::LOOP_HOT_TICKS || !counters::loop_rules(config::threshold()) {
        return;
    }
    let idx = super::extra_index();
    // SAFETY: as documented.
    unsafe {
        if let Slot::Count(c) = Slot::decode(cp::read_extra(code, idx)) {
            let calls = c.calls.max(config::threshold().saturating_sub(1));
            cp::write_extra(code, idx, Slot::encode_count(Cold { calls, ..c }));
        }
    }
}

/// The kind `o` is among those the typed tier guards without quickening's help
/// (`profile::ValueHint`): an exact float, an int of at most two digits, an `array.array` of
/// doubles or ints, a list whose first item is such an array.
///
/// # Safety
/// GIL held; `o` live.
unsafe fn value_hint(o: *mut PyObject) -> Option<ValueHint> {
    // SAFETY: as documented.
    unsafe {
        let t = pyo3_ffi::Py_TYPE(o);
        if t == std::ptr::addr_of_mut!(pyo3_ffi::PyFloat_Type) {
            Some(ValueHint::Float)
        } else if t == std::ptr::addr_of_mut!(pyo3_ffi::PyLong_Type) {
            (pyo3_ffi::Py_SIZE(o).abs() <= 2).then_some(ValueHint::Int)
        } else if t == std::ptr::addr_of_mut!(pyo3_ffi::PyList_Type) {
            // Its first item stands for the others (their loads are guarded).
            if pyo3_ffi::PyList_GET_SIZE(o) == 0 {
                return None;
            }
            let first = pyo3_ffi::PyList_GET_ITEM(o, 0);
            ValueHint::list_of(ValueHint::of_array(crate::runtime::arrays::typecode_of(
                first,
            )?)?)
        } else {
            ValueHint::of_array(crate::runtime::arrays::typecode_of(o)?)
        }
    }
}

/// What the parameters of a frame of `code` hold, and the attributes of them its LOAD_ATTRs
/// read (`profile::param_attrs`), of the kinds `value_hint` names (an attribute of another kind
/// found as a plain value is `ValueHint::Object`): `(args, values)` for
/// `Hints::args` and `Hints::values`; and which of its LOAD_GLOBALs of names other than `range`
/// read the builtin `range` from `globals` (`ValueHint::Range`). Reads memory only: an
/// attribute or a global is sampled only where finding it runs no Python code
/// (`runtime::inline_cache::peek_attr`, `peek_dict`).
///
/// # Safety
/// GIL held; `code` live; `instrs` decoded from its bytecode; `args` is the `localsplus` of a
/// live frame of `code` (its parameters first, each a live object or NULL); `globals` that
/// frame's globals, or NULL.
pub unsafe fn value_hints(
    code: *mut PyCodeObject311,
    instrs: &[crate::bytecode::Instr],
    args: *const *mut PyObject,
    globals: *mut PyObject,
) -> (Samples, Samples) {
    // SAFETY: as documented; a parameter slot holds a live object or NULL; `co_names` is a
    // tuple the decoded LOAD_ATTRs index (checked against its size all the same).
    unsafe {
        let n = ((*code).co_argcount + (*code).co_kwonlyargcount).max(0);
        let arg = |k: u32| *args.add(k as usize);
        let params: Samples = (0..n as u32)
            .filter(|&k| !arg(k).is_null())
            .filter_map(|k| Some((k, value_hint(arg(k))?)))
            .collect();
        let names = (*code).co_names;
        let mut values = Vec::new();
        for pa in crate::tier0::profile::param_attrs(instrs, n as u32) {
            let owner = arg(pa.param);
            if owner.is_null() || pa.name as isize >= pyo3_ffi::PyTuple_GET_SIZE(names) {
                continue;
            }
            let name = pyo3_ffi::PyTuple_GET_ITEM(names, pa.name as isize);
            let v = crate::runtime::inline_cache::peek_attr(owner, name);
            if !v.is_null() {
                values.push((pa.offset, value_hint(v).unwrap_or(ValueHint::Object)));
            }
        }
        if !globals.is_null() {
            let range = std::ptr::addr_of_mut!(pyo3_ffi::PyRange_Type) as *mut PyObject;
            for ins in instrs
                .iter()
                .filter(|i| i.op == crate::bytecode::Opcode::LoadGlobal)
            {
                let k = (ins.arg >> 1) as isize;
                if k >= pyo3_ffi::PyTuple_GET_SIZE(names) {
                    continue;
                }
                let name = pyo3_ffi::PyTuple_GET_ITEM(names, k);
                if crate::runtime::inline_cache::peek_dict(globals, name) == range
                    && pyo3_ffi::PyUnicode_CompareWithASCIIString(name, c"range".as_ptr()) != 0
                {
                    values.push((ins.offset, ValueHint::Range));
                }
            }
            values.sort_by_key(|&(o, _)| o);
        }
        (params, values)
    }
}

/// What a callee's own site holds in this process (`CodeState::set_callee_site`): its code
/// object, and for a subscript callee the class's version tag and the function (borrowed).
pub struct SiteFill {
    /// The site, counted from the first after the code's own (`CodeSnapshot::callee_base`).
    pub site: u32,
    pub code: *mut PyObject,
    pub subscr: Option<(u32, *mut PyObject)>,
}

/// The functions `code` may compute in place (`snapshot::Callee`), each with its own callees in
/// turn (to `MAX_CALLEE_DEPTH`), and what their sites hold in this process:
/// - a call whose callable is a global read just before it (LOAD_GLOBAL with its NULL, then
///   the arguments, with no jump into or out of them), bound in `globals` now to a plain
///   function whose code `Callee::fits` the call;
/// - a method of a parameter (`p.name(...)`: LOAD_FAST of the parameter, LOAD_METHOD, the
///   arguments), the function `name` finds on the class of what `args` holds for it now;
/// - a subscript of a parameter (`p[k]`, `p[k] = v`: LOAD_FAST of the parameter, then the
///   key, with no jump between), where its class (a class defined in Python, with a valid
///   version tag) has a plain function as `__getitem__` or `__setitem__`.
///
/// A callee's own callees are found with what is known of its arguments: the parameter a
/// method or a subscript is found on, as its first. A callee's snapshot carries the samples of
/// those arguments and their attributes (`value_hints`), as the code's own does.
///
/// # Safety
/// GIL held; `code` live, `snap` its snapshot; `globals` a live dict; `args` NULL or the
/// frame's parameters (a live object or NULL each).
pub unsafe fn callees(
    code: *mut PyCodeObject311,
    snap: &snapshot::CodeSnapshot,
    globals: *mut PyObject,
    args: *const *mut PyObject,
) -> (Vec<snapshot::Callee>, Vec<SiteFill>) {
    // SAFETY: as documented.
    laid_out(unsafe { callees_at(code, snap, globals, args, 1) }, 0)
}

/// Callees found with their sites' fills (each counted from its own site), laid out one after
/// another from site `base`: the callees, and every fill counted as `base` is.
fn laid_out(
    found: Vec<(snapshot::Callee, Vec<SiteFill>)>,
    mut base: u32,
) -> (Vec<snapshot::Callee>, Vec<SiteFill>) {
    let mut out = Vec::new();
    let mut fills = Vec::new();
    for (c, inner) in found {
        fills.extend(inner.into_iter().map(|f| SiteFill {
            site: base + f.site,
            ..f
        }));
        base += c.sites() as u32;
        out.push(c);
    }
    (out, fills)
}

/// `__getitem__` and `__setitem__`, interned once for the process (never released; 0 where
/// interning failed).
///
/// # Safety
/// GIL held.
unsafe fn subscript_names() -> &'static [usize; 2] {
    static NAMES: std::sync::OnceLock<[usize; 2]> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        [c"__getitem__", c"__setitem__"].map(|n| {
            // SAFETY: GIL held (as documented).
            unsafe {
                let s = pyo3_ffi::PyUnicode_InternFromString(n.as_ptr());
                if s.is_null() {
                    pyo3_ffi::PyErr_Clear();
                }
                s as usize
            }
        })
    })
}

/// Whether `obj` (NULL or a live object) is an instance of a class defined in Python whose
/// `__getitem__` or `__setitem__` is a plain function (a subscript callee may be found on it).
///
/// # Safety
/// GIL held.
unsafe fn python_subscript(obj: *mut PyObject) -> bool {
    // SAFETY: GIL held; the type lookups run no code and borrow; the names are interned once
    // and kept for the process (their references are never released).
    unsafe {
        if obj.is_null() {
            return false;
        }
        let tp = pyo3_ffi::Py_TYPE(obj);
        if (*tp).tp_flags & cp::TPFLAGS_HEAPTYPE == 0 {
            return false;
        }
        subscript_names().iter().any(|&n| {
            n != 0 && {
                let f = cp::ffi::_PyType_Lookup(tp, n as *mut PyObject);
                !f.is_null()
                    && pyo3_ffi::Py_TYPE(f) == std::ptr::addr_of_mut!(pyo3_ffi::PyFunction_Type)
            }
        })
    }
}

/// Whether the value at stack depth `level` (pushed just before the instructions that follow)
/// is still there at instruction `k`: every instruction from the one after it up to `k` is one
/// that computes a subscript's key (loads, arithmetic, a tuple, an attribute, a subscript) and
/// pops only what was pushed above it. (`p.data[i]` is not a subscript of `p`.)
fn stays_below(an: &crate::bytecode::Analysed, level: u32, k: usize) -> bool {
    use crate::bytecode::Opcode::*;
    let Some(j) = (0..k).rev().find(|&j| an.depths[j] == Some(level)) else {
        return false;
    };
    an.instrs[j + 1..k].iter().enumerate().all(|(m, ins)| {
        let pops = match ins.op {
            LoadFast | LoadConst => 0,
            LoadGlobal => 0,
            UnaryNegative | UnaryInvert | LoadAttr => 1,
            BinaryOp | BinarySubscr => 2,
            BuildTuple => ins.arg,
            _ => return false,
        };
        an.depths[j + 1 + m].is_some_and(|d| d.checked_sub(pops).is_some_and(|d| d > level))
    })
}

/// `callees` at `depth`: each callee with its sites' fills, counted from its own site.
///
/// # Safety
/// As for `callees`.
unsafe fn callees_at(
    code: *mut PyCodeObject311,
    snap: &snapshot::CodeSnapshot,
    globals: *mut PyObject,
    args: *const *mut PyObject,
    depth: u32,
) -> Vec<(snapshot::Callee, Vec<SiteFill>)> {
    use crate::bytecode::Opcode;
    use crate::tier0::profile::CallHint;
    use snapshot::Via;
    // Calls only where quickening found them calling Python functions (`PRECALL_PYFUNC`), and
    // subscripts only of parameters whose value is known, so that code calling none pays
    // nothing more at tier-up.
    let python_calls: std::collections::HashSet<u32> = snap
        .hints
        .calls
        .iter()
        .filter(|(_, h)| *h == CallHint::Python)
        .map(|&(at, _)| at)
        .collect();
    // Subscripts quickening did not find of a list, a tuple or a dict (`BINARY_SUBSCR_GETITEM`
    // or the adaptive form: `SubscrHint::Other`, also a str's), where a parameter holds an
    // object whose class has a Python `__getitem__` or `__setitem__` at all.
    // SAFETY: as documented (`args` covers the parameters).
    let subscripts: std::collections::HashSet<u32> = if args.is_null()
        || !(0..snap.argcount.max(0) as usize).any(|k| unsafe { python_subscript(*args.add(k)) })
    {
        Default::default()
    } else {
        snap.hints
            .subscr
            .iter()
            .filter(|(_, h)| *h == crate::tier0::profile::SubscrHint::Other)
            .map(|&(at, _)| at)
            .collect()
    };
    if python_calls.is_empty() && subscripts.is_empty() {
        return Vec::new();
    }
    let Ok(an) = crate::bytecode::analyse(&snap.code, &snap.exception_table) else {
        return Vec::new();
    };
    let targets: std::collections::HashSet<u32> =
        an.instrs.iter().filter_map(|i| i.jump_target()).collect();
    let mut out = Vec::new();
    for (k, call) in an.instrs.iter().enumerate() {
        let Some(depth_here) = an.depths[k] else {
            continue;
        };
        // How deep below the instruction what it calls was pushed: `[NULL, callable, args...]`
        // below a CALL (the LOAD_GLOBAL that pushed the first two left the stack `nargs + 2`
        // lower), the container below a subscript's key (`[container, key]`, with the value
        // under them for a store).
        let (level, via) = match call.op {
            Opcode::Call if python_calls.contains(&call.offset) => {
                (depth_here.checked_sub(call.arg + 2), None)
            }
            Opcode::BinarySubscr if subscripts.contains(&call.offset) => {
                (depth_here.checked_sub(2), Some(Via::GetItem))
            }
            Opcode::StoreSubscr if subscripts.contains(&call.offset) => {
                (depth_here.checked_sub(2), Some(Via::SetItem))
            }
            _ => continue,
        };
        let Some(level) = level else { continue };
        // What pushed it, with nothing between it and the instruction that jumps or is jumped
        // to (so that it is the only way the value got there): the global's name, or the
        // parameter a method or a subscript is found on.
        let mut load = None;
        for j in (0..k).rev() {
            let ins = &an.instrs[j];
            if targets.contains(&an.instrs[j + 1].start) || ins.jump_target().is_some() {
                break;
            }
            match an.depths[j] {
                Some(d) if d > level => continue,
                Some(d) if d == level => {
                    let param = ins.op == Opcode::LoadFast
                        && (ins.arg as i32) < snap.argcount
                        && !args.is_null();
                    load = match via {
                        Some(v) if param => Some((0, Some(ins.arg), v)),
                        Some(_) => None,
                        None if ins.op == Opcode::LoadGlobal && ins.arg & 1 == 1 => {
                            Some((ins.arg >> 1, None, Via::Global))
                        }
                        None if param && an.instrs[j + 1].op == Opcode::LoadMethod => {
                            Some((an.instrs[j + 1].arg, Some(ins.arg), Via::Method))
                        }
                        None => None,
                    };
                    break;
                }
                _ => break,
            }
        }
        let Some((name, param, via)) = load else {
            continue;
        };
        if matches!(via, Via::GetItem | Via::SetItem) && !stays_below(&an, level, k) {
            continue;
        }
        let nargs = match via {
            Via::Global => call.arg,
            Via::Method => call.arg + 1,
            Via::GetItem => 2,
            Via::SetItem => 3,
        };
        // SAFETY: GIL held; `co_names` is a live tuple (the index checked against its size);
        // the dict read and the type lookup run no code and borrow the value; a parameter slot
        // holds a live object or NULL; a function's code and globals are live objects.
        unsafe {
            let owner = match param {
                Some(p) => *args.add(p as usize),
                None => std::ptr::null_mut(),
            };
            if param.is_some() && owner.is_null() {
                continue;
            }
            let mut subscr = None;
            let f = match via {
                Via::Global | Via::Method => {
                    let names = (*code).co_names;
                    if name as isize >= pyo3_ffi::PyTuple_GET_SIZE(names) {
                        continue;
                    }
                    let key = pyo3_ffi::PyTuple_GET_ITEM(names, name as isize);
                    if via == Via::Global {
                        crate::runtime::inline_cache::peek_dict(globals, key)
                    } else {
                        cp::ffi::_PyType_Lookup(pyo3_ffi::Py_TYPE(owner), key)
                    }
                }
                Via::GetItem | Via::SetItem => {
                    let tp = pyo3_ffi::Py_TYPE(owner);
                    if (*tp).tp_flags & cp::TPFLAGS_HEAPTYPE == 0 {
                        continue;
                    }
                    let key = subscript_names()[usize::from(via == Via::SetItem)];
                    if key == 0 {
                        continue;
                    }
                    let f = cp::ffi::_PyType_Lookup(tp, key as *mut PyObject);
                    // The lookup gave the class a version tag if it had none: while it keeps
                    // it, its `__getitem__` is this function.
                    let version = cp::valid_version_tag(tp);
                    if version == 0 {
                        continue;
                    }
                    subscr = Some((version, f));
                    f
                }
            };
            if f.is_null()
                || pyo3_ffi::Py_TYPE(f) != std::ptr::addr_of_mut!(pyo3_ffi::PyFunction_Type)
            {
                continue;
            }
            let co = *((f as *mut u8).add(cp::FUNC_CODE) as *mut *mut PyObject);
            // What `Callee::fits` asks, read from the code object first: a snapshot (a
            // de-quickened copy of the bytecode) is taken only of code that may fit.
            let c = &*(co as *mut PyCodeObject311);
            if c.co_argcount != nargs as i32
                || c.co_kwonlyargcount != 0
                || c.co_ncellvars != 0
                || c.co_nfreevars != 0
                || (*(co as *mut pyo3_ffi::PyVarObject)).ob_size > 128
            {
                continue;
            }
            let Some(mut callee) = snapshot::take(co as *mut PyCodeObject311) else {
                continue;
            };
            if !snapshot::Callee::fits(&callee, nargs, matches!(via, Via::GetItem | Via::SetItem)) {
                continue;
            }
            // Its arguments as far as they are known: the owner of a method or a subscript.
            let mut inner_args = vec![std::ptr::null_mut::<PyObject>(); nargs as usize];
            if !owner.is_null() {
                inner_args[0] = owner;
            }
            let inner_globals = *((f as *mut u8).add(cp::FUNC_GLOBALS) as *mut *mut PyObject);
            let instrs = crate::bytecode::decode(&callee.code).unwrap_or_default();
            (callee.hints.args, callee.hints.values) = value_hints(
                co as *mut PyCodeObject311,
                &instrs,
                inner_args.as_ptr(),
                inner_globals,
            );
            let mut fills = vec![SiteFill {
                site: 0,
                code: co,
                subscr: subscr.map(|(v, _)| (v, f)),
            }];
            let mut c = snapshot::Callee {
                call: call.offset,
                name,
                via,
                snap: callee,
            };
            if depth < snapshot::MAX_CALLEE_DEPTH && pyo3_ffi::PyDict_CheckExact(inner_globals) != 0
            {
                let inner = callees_at(
                    co as *mut PyCodeObject311,
                    &c.snap,
                    inner_globals,
                    inner_args.as_ptr(),
                    depth + 1,
                );
                // Its callees' sites follow its own and its lookups' (`Callee::nested_base`).
                let (inner, inner_fills) = laid_out(inner, c.nested_base(0, 0));
                c.snap.callees = inner;
                fills.extend(inner_fills);
            }
            out.push((c, fills));
        }
    }
    out
}

/// Whether the typed tier lowers the code `snap` holds (`hir::lowerable::check` of its typed
/// middle), rather than handing it to the generic tier: only then is a typed compile worth
/// queuing over generic code from the cache.
fn typed_takes(snap: &crate::tier0::snapshot::CodeSnapshot) -> bool {
    let Ok(an) = crate::bytecode::analyse(&snap.code, &snap.exception_table) else {
        return false;
    };
    crate::hir::build(snap, &an)
        .is_ok_and(|f| crate::hir::lowerable::check(&f, !an.handlers.is_empty()).is_ok())
}

/// Make `code` hot. Returns its state (borrowed from the slot, which keeps it alive as long
/// as the code object).
///
/// # Safety
/// GIL held; `code` live and not already hot.
unsafe fn tier_up<'a>(
    code: *mut PyCodeObject311,
    calls: u64,
    sync: bool,
    globals: *mut PyObject,
    args: *const *mut PyObject,
) -> Option<&'a CodeState> {
    // SAFETY: GIL held; code live.
    let mut snap = unsafe { snapshot::take(code)? };
    snap.typed = config::typed();
    if snap.typed && !args.is_null() {
        let instrs = crate::bytecode::decode(&snap.code).unwrap_or_default();
        // SAFETY: as documented: `args` holds the frame's parameters.
        (snap.hints.args, snap.hints.values) = unsafe { value_hints(code, &instrs, args, globals) };
    }
    let mut fills = Vec::new();
    if snap.typed && !globals.is_null() {
        // SAFETY: GIL held; `code` live; `globals` the frame's globals dict; `args` NULL or
        // the frame's parameters (as documented for `tier_up`).
        (snap.callees, fills) = unsafe { callees(code, &snap, globals, args) };
    }
    let code_key = driver::code_key(&snap);
    let key = driver::for_cpu(&code_key, crate::config::cpu());
    // SAFETY: as documented.
    let (st, state) = unsafe { make_hot(code, calls, &snap, &key)? };
    // Each callee's site holds its code object: compiled code computes a callee in place only
    // for a function with that code (`hir::inline`), and a subscript's only for an object of
    // the class with that version.
    let first = snap.own_sites();
    for f in &fills {
        // SAFETY: GIL held; the site keeps references of its own to the live code object and
        // function.
        unsafe {
            pyo3_ffi::Py_INCREF(f.code);
            if let Some((_, func)) = f.subscr {
                pyo3_ffi::Py_INCREF(func);
            }
            st.set_callee_site(first + f.site as usize, f.code, f.subscr);
        }
    }
    if config::has_patterns() && !globals.is_null() {
        // SAFETY: GIL held; `globals` is the live frame's globals dict.
        let module = unsafe { module_name(globals) };
        if let Some(why) = config::pattern_verdict(&module, &snap.qualname) {
            st.exclude(why);
            return Some(st);
        }
    }
    if let Err(r) = driver::precheck(&snap) {
        fail(st, &r);
        return Some(st);
    }
    let t = std::time::Instant::now();
    let mut cached = driver::load_cached(&code_key, &key, &packed_entry);
    // The typed tier's code for it is not in the cache, but the generic tier's may be
    // (`rjit precompile` makes it, and so does a process without the typed tier): that runs
    // now, and where the typed tier takes the function its code is compiled in the background
    // to replace it (and stored under the typed key for later processes). With synchronous
    // compiles the typed code is compiled now instead, as without a cache.
    // A miss counts the generic entry's fault where there is no typed entry at all.
    // `typed_takes` builds the function's typed middle (about half a millisecond for a
    // real-world function): asked only of a generic hit, so that a cold process's misses do not
    // pay for it (measured: 0.13 s of pyparsing_arith's 1.3 s when every miss asked).
    let mut upgrade = false;
    if snap.typed
        && matches!(cached, Err(aot_cache::load::Miss::Absent))
        && !(sync && typed_takes(&snap))
    {
        snap.typed = false;
        let generic_code = driver::code_key(&snap);
        snap.typed = true;
        let generic_key = driver::for_cpu(&generic_code, crate::config::cpu());
        cached = driver::load_cached(&generic_code, &generic_key, &packed_entry);
        upgrade = cached.is_ok() && !sync && typed_takes(&snap);
    }
    stats::CACHE_LOAD_NANOS.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
    match cached {
        Ok(driver::Cached::Loose(entry, symbol)) => {
            stats::bump(&stats::CACHE_HITS);
            if link_and_install(st, &symbol, entry.payload(), Origin::Cache) {
                let quick = entry.meta.tier == crate::target::Effort::Quick.tier_name();
                st.set_optimised(!quick);
                if upgrade {
                    stats::bump(&stats::TYPED_UPGRADES);
                    driver::upgrade(snap, key, state);
                } else if quick && driver::cache_layers().write_dir().is_some() {
                    // An earlier process compiled it Quick and exited before its second
                    // compile. (Only where the result can be stored: without a writable layer
                    // every process would compile it again.)
                    driver::improve(snap, key, state);
                }
                return Some(st);
            }
        }
        Ok(driver::Cached::Packed(addr, size, quick)) => {
            stats::bump(&stats::CACHE_HITS);
            stats::bump(&stats::CACHE_PACK_HITS);
            install_at(st, addr, Origin::Cache, u64::from(size));
            st.set_optimised(!quick);
            if upgrade {
                stats::bump(&stats::TYPED_UPGRADES);
                driver::upgrade(snap, key, state);
            } else if quick && driver::cache_layers().write_dir().is_some() {
                // Packed from an entry an earlier process compiled Quick (as for a loose one).
                driver::improve(snap, key, state);
            }
            return Some(st);
        }
        Err(m) => driver::count_miss(&m),
    }
    let symbol = driver::symbol_for(&key);
    if sync {
        // The GIL stays held: a thread that releases it here and finds the interpreter
        // finalising when it takes it back is ended by CPython with pthread_exit, whose forced
        // unwind cannot cross rjit's frames (found by test_threading.test_finalize_with_trace).
        // Background compilation is the mode that keeps other threads running.
        let built = std::panic::catch_unwind(|| {
            driver::build(&snap, &key, &symbol, crate::target::Effort::Quick)
        })
        .unwrap_or_else(|_| Err(AbortReason::Backend("compiler panicked".into())));
        match built {
            Ok(obj) => {
                if link_and_install(st, &symbol, &obj, Origin::Jit) {
                    driver::improve(snap, key, state);
                }
            }
            Err(r) => fail(st, &r),
        }
    } else if !driver::submit(snap, key, state) {
        // The process is exiting: not a failure of this code object.
        st.fail("the compile pool has shut down".into());
    }
    Some(st)
}

/// Give a cold code object its `CodeState` (queued, nothing compiled yet) and store it in the
/// slot. Returns the state borrowed from the slot, and a reference for the compile pool.
///
/// # Safety
/// GIL held; `code` live and cold.
unsafe fn make_hot<'a>(
    code: *mut PyCodeObject311,
    calls: u64,
    snap: &snapshot::CodeSnapshot,
    key: &aot_cache::CacheKey,
) -> Option<(&'a CodeState, Arc<CodeState>)> {
    // SAFETY: the table borrows from the code object, which outlives its CodeState.
    let table = unsafe { snapshot::runtime_table(code) };
    // SAFETY: GIL held; code live.
    let shape = unsafe { direct_shape(code) };
    let state = Arc::new(CodeState::new(
        calls,
        table,
        snap.inline_cache_sites(),
        key.hex(),
        format!("{}:{}", snap.qualname, snap.filename),
        shape,
    ));
    let raw = Arc::into_raw(state.clone()) as *mut c_void;
    // SAFETY: the old slot value is a counter (owns nothing); the slot now owns one Arc.
    if !unsafe { cp::write_extra(code, super::extra_index(), raw) } {
        // SAFETY: CPython refused the index: take our reference back, stay cold.
        unsafe {
            drop(Arc::from_raw(raw as *const CodeState));
            pyo3_ffi::PyErr_Clear();
        }
        return None;
    }
    // SAFETY: the slot holds a reference for as long as the code object lives.
    Some((unsafe { &*(raw as *const CodeState) }, state))
}

/// `__name__` of a globals dict, or "" (GIL held, `globals` a live dict).
unsafe fn module_name(globals: *mut PyObject) -> String {
    // SAFETY: borrowed lookups on a live dict; errors are cleared.
    unsafe {
        let n = pyo3_ffi::PyDict_GetItemString(globals, c"__name__".as_ptr());
        if n.is_null() || pyo3_ffi::PyUnicode_Check(n) == 0 {
            return String::new();
        }
        let p = pyo3_ffi::PyUnicode_AsUTF8(n);
        if p.is_null() {
            pyo3_ffi::PyErr_Clear();
            return String::new();
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// `@rjit.nojit`: keep `code` interpreted from now on, compiled or not; `info()` gives `reason`.
///
/// # Safety
/// GIL held; `code` live.
pub unsafe fn exclude(code: *mut PyCodeObject311, reason: &str) -> bool {
    // SAFETY: as documented.
    unsafe {
        match slot_of(code) {
            Slot::Hot(st) => {
                (*st).exclude(reason.to_string());
                true
            }
            Slot::Count(cold) => {
                let Some(snap) = snapshot::take(code) else {
                    return false;
                };
                let key = driver::cache_key(&snap, crate::config::cpu());
                match make_hot(code, cold.calls, &snap, &key) {
                    Some((st, _)) => {
                        st.exclude(reason.to_string());
                        true
                    }
                    None => false,
                }
            }
        }
    }
}

/// Link and install everything the pool has finished. GIL held.
pub fn drain_installs() {
    for f in driver::take_finished() {
        match f.result {
            // Typed code for code demoted meanwhile (`on_deopt`): its replacement comes.
            Ok(_) if f.improve && f.typed && f.state.typed_demoted() => {}
            Ok(obj) if f.improve => improve_installed(&f.state, &f.symbol, &obj),
            Ok(obj) => {
                link_and_install(&f.state, &f.symbol, &obj, Origin::Jit);
            }
            Err(_) if f.improve => {} // the Quick code stays
            Err(r) => fail(&f.state, &r),
        }
    }
}

/// Replace the Quick code of `state` with the Optimised code in `object`, for every call from
/// now on. The two are the same function of the same snapshot (same ABI, resume points, inline
/// cache layout, deopt points; only instruction selection differs), so a frame running the
/// Quick code, or a generator suspended in it, goes on correctly in either: frames running it
/// finish in it (linked code is never unloaded), and a resume dispatches on the frame's own
/// resume point. Code no longer compiled (excluded, or never installed) is left alone, and a
/// link failure keeps the Quick code.
fn improve_installed(state: &CodeState, symbol: &str, object: &[u8]) {
    if replace_installed(state, symbol, object) {
        crate::stats::bump(&stats::IMPROVE_INSTALLED);
        state.set_optimised(true);
    }
}

/// Replace the installed code of `state` with `object`'s (as `improve_installed`); false when
/// nothing was replaced.
fn replace_installed(state: &CodeState, symbol: &str, object: &[u8]) -> bool {
    if state.tier() != Tier::Compiled || state.entry().is_null() {
        return false;
    }
    let Some(addr) = code_memory::link_again(symbol, object) else {
        return false;
    };
    let origin = state.origin().unwrap_or(Origin::Jit);
    state.install(addr, origin);
    map_for_profilers(state, addr, profiled_size(object, symbol));
    true
}

/// Deopts of one code object before its typed code may be replaced; with `DEMOTE_SHARE`.
const DEMOTE_AFTER: u64 = 64;
/// ... and when at least one call in this many deopted.
const DEMOTE_SHARE: u64 = 2;

/// `runtime::deopt`'s hook, for every frame of compiled code handed to the interpreter
/// mid-function (GIL held). Counts the deopt; code whose guards keep failing (at least
/// `DEMOTE_AFTER` deopts, in at least one call of `DEMOTE_SHARE`: a function fed other types
/// than its profile saw) is compiled again without the typed tier, and the generic code
/// replaces the typed code as a second compile does (frames running the typed code finish in
/// it; the cache entry is replaced too, so later processes start with the generic code).
///
/// # Safety
/// GIL held; `code` is the live code object of the frame being handed over.
pub unsafe extern "C" fn on_deopt(code: *mut PyCodeObject311) {
    // No panic crosses `extern "C"`: a failure here only leaves the typed code installed.
    // SAFETY: as documented.
    let _ = std::panic::catch_unwind(|| unsafe { demote_if_failing(code) });
}

/// `on_deopt`'s work.
///
/// # Safety
/// As `on_deopt`.
unsafe fn demote_if_failing(code: *mut PyCodeObject311) {
    // SAFETY: as documented.
    let Slot::Hot(raw) = (unsafe { slot_of(code) }) else {
        return;
    };
    // SAFETY: the slot holds one reference to the state while the code object lives.
    let st = unsafe { &*raw };
    let n = st.deopts.fetch_add(1, Ordering::Relaxed) + 1;
    if !config::typed()
        || st.typed_demoted()
        || n < DEMOTE_AFTER
        || n * DEMOTE_SHARE < calls_of(st)
        || st.tier() != Tier::Compiled
        || !st.demote_typed()
    {
        return;
    }
    stats::bump(&stats::TYPED_DEMOTIONS);
    if config::debug() {
        eprintln!(
            "rjit: {} deopted {n} times: compiled again without the typed tier",
            st.label
        );
    }
    // SAFETY: GIL held; code live.
    let Some(mut snap) = (unsafe { snapshot::take(code) }) else {
        return;
    };
    // Stored under the typed code's key: a later typed process loads the generic code.
    snap.typed = false;
    snap.demoted = true;
    let key = driver::cache_key(&snap, config::cpu());
    // SAFETY: `raw` came from `Arc::into_raw` and the slot still holds that reference: one
    // more for the compile job.
    let state = unsafe {
        Arc::increment_strong_count(raw);
        Arc::from_raw(raw)
    };
    if config::sync() {
        let symbol = driver::symbol_for(&key);
        let built = std::panic::catch_unwind(|| {
            driver::build(&snap, &key, &symbol, crate::target::Effort::Quick)
        })
        .unwrap_or_else(|_| Err(AbortReason::Backend("compiler panicked".into())));
        if let Ok(obj) = built
            && replace_installed(&state, &symbol, &obj)
        {
            state.set_optimised(false);
        }
    } else {
        driver::recompile(snap, key, state);
    }
}

/// `rjit.compile`: make `code` compiled now, on this thread. Returns true if it is compiled.
/// `globals`: the function's (borrowed; NULL for a bare code object), where the typed tier
/// finds the callees it computes in place, as the hook's own tier-up does.
///
/// # Safety
/// GIL held; `code` live; `globals` NULL or a live dict.
pub unsafe fn compile_code(
    code: *mut PyCodeObject311,
    globals: *mut PyObject,
    wait: impl Fn(),
) -> bool {
    // SAFETY: as documented.
    match unsafe { slot_of(code) } {
        Slot::Hot(st) => {
            // SAFETY: the slot keeps the state alive.
            let st = unsafe { &*st };
            if st.tier() == Tier::Queued {
                wait();
                drain_installs();
            }
            st.tier() == Tier::Compiled
        }
        Slot::Count(cold) => {
            // SAFETY: as documented.
            match unsafe { tier_up(code, cold.calls, true, globals, std::ptr::null()) } {
                Some(st) => st.tier() == Tier::Compiled,
                None => false,
            }
        }
    }
}

/// Count of calls seen by a hot state (for `info`).
pub fn calls_of(st: &CodeState) -> u64 {
    st.calls.load(Ordering::Relaxed)
}
