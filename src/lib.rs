//! rjit: a JIT compiler for CPython 3.11 (PEP 523 + LLVM) with a persistent machine-code cache.
//!
//! This file is the native module `rjit._rjit`: module declarations and the thin `#[pyfunction]`
//! layer that converts between Python and the parts below. See docs/architecture.md.
//!
//! ```text
//! python/rjit ─► lib.rs ─► hook ─► tier0, runtime, aot_cache, driver
//!   driver::codegen ═(dlopen, codegen_abi)═► librjit_llvm.so: tier1_llvm ─► bytecode
//! ```

pub mod aot_cache;
pub mod bytecode;
pub mod codegen_abi;
pub mod config;
pub mod cpython;
pub mod driver;
pub mod errors;
pub mod hir;
pub mod hook;
pub mod runtime;
pub mod stats;
pub mod target;
pub mod tier0;
#[cfg(feature = "llvm")]
pub mod tier1_llvm;

use std::time::Duration;

use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::cpython::PyCodeObject311;
use crate::tier0::{Slot, Tier};

// A static libstdc++ built against glibc >= 2.32 reads `__libc_single_threaded`, which glibc 2.28
// does not have. This hidden definition (always 0: "may be multi-threaded", so libstdc++ always
// uses atomics) satisfies it inside the extension; `global_asm!` rather than a `#[no_mangle]`
// static, which a cdylib would export.
#[cfg(feature = "glibc-single-threaded-shim")]
std::arch::global_asm!(
    ".pushsection .data.rjit_libc_single_threaded,\"aw\",@progbits",
    ".globl __libc_single_threaded",
    ".hidden __libc_single_threaded",
    ".type __libc_single_threaded,@object",
    ".size __libc_single_threaded,1",
    "__libc_single_threaded:",
    ".byte 0",
    ".popsection",
);

pyo3::create_exception!(_rjit, RJitError, PyException, "Misuse of the rjit API.");

/// The code object of a function, a method, or a code object itself (borrowed from `obj`).
fn code_of<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: PyCode_Check only reads the type.
    if unsafe { pyo3::ffi::PyCode_Check(obj.as_ptr()) } != 0 {
        return Ok(obj.clone());
    }
    let target = match obj.getattr("__func__") {
        Ok(f) => f,
        Err(_) => obj.clone(),
    };
    match target.getattr("__code__") {
        // SAFETY: as above.
        Ok(c) if unsafe { pyo3::ffi::PyCode_Check(c.as_ptr()) } != 0 => Ok(c),
        _ => Err(RJitError::new_err(format!(
            "expected a Python function or code object, got {}",
            obj.get_type().name()?
        ))),
    }
}

#[pyfunction]
#[pyo3(signature = (threshold=None, background=None, force=false))]
fn enable(
    py: Python<'_>,
    threshold: Option<i64>,
    background: Option<bool>,
    force: bool,
) -> PyResult<bool> {
    if config::disabled_by_env() {
        return Ok(false);
    }
    config::load_from_env();
    let exe = py
        .import("sys")
        .and_then(|s| s.getattr("executable"))
        .and_then(|e| e.extract::<Option<String>>())
        .ok()
        .flatten()
        .filter(|e| !e.is_empty())
        .map(std::path::PathBuf::from);
    config::set_python_executable(exe);
    if let Some(t) = threshold {
        if t < 0 {
            return Err(RJitError::new_err("threshold must be >= 0"));
        }
        config::set_threshold(t as u64);
    }
    if let Some(bg) = background {
        config::set_sync(!bg);
    }
    match hook::enable(force) {
        Ok(()) => Ok(true),
        Err(hook::EnableError::Foreign) => Err(RJitError::new_err(
            "another PEP 523 frame evaluator is installed (a debugger or profiler?); \
             rjit.enable(force=True) replaces it and chains to it",
        )),
        Err(hook::EnableError::SubInterpreter) => Err(RJitError::new_err(
            "rjit can only be enabled in the main interpreter",
        )),
        Err(hook::EnableError::NoExtraIndex) => {
            Err(RJitError::new_err("CPython has no free co_extra index"))
        }
    }
}

#[pyfunction]
fn disable() -> bool {
    // Second compiles are optional work: a disabled rjit does not start more of them.
    driver::drop_improvements();
    hook::disable()
}

#[pyfunction]
fn is_enabled() -> bool {
    hook::is_enabled()
}

#[pyfunction]
fn compile(py: Python<'_>, obj: &Bound<'_, PyAny>) -> PyResult<bool> {
    let code = code_of(obj)?;
    if hook::extra_index() < 0 {
        return Err(RJitError::new_err(
            "call rjit.enable() before rjit.compile()",
        ));
    }
    // A function's globals (a method's function's): where its callees are found.
    let func = obj.getattr("__func__").unwrap_or_else(|_| obj.clone());
    let globals = func
        .getattr("__globals__")
        .ok()
        .filter(|g| g.is_instance_of::<pyo3::types::PyDict>());
    let globals_ptr = globals
        .as_ref()
        .map_or(std::ptr::null_mut(), |g| g.as_ptr());
    // SAFETY: GIL held; `code` is a live code object kept alive by `obj`, `globals` a dict
    // kept alive by `globals` (or NULL).
    Ok(unsafe {
        hook::compile_code(code.as_ptr() as *mut PyCodeObject311, globals_ptr, || {
            py.detach(|| driver::wait_idle(None));
        })
    })
}

#[pyfunction]
#[pyo3(signature = (timeout=None))]
fn wait(py: Python<'_>, timeout: Option<f64>) -> PyResult<bool> {
    let t = match timeout {
        Some(s) if s < 0.0 || !s.is_finite() => {
            return Err(RJitError::new_err("timeout must be a finite number >= 0"));
        }
        Some(s) => Some(Duration::from_secs_f64(s)),
        None => None,
    };
    let idle = py.detach(|| driver::wait_idle(t));
    hook::drain_installs();
    Ok(idle)
}

/// Keep a function (or code object) and every code object nested in it interpreted.
#[pyfunction]
fn _exclude(obj: &Bound<'_, PyAny>, reason: &str) -> PyResult<usize> {
    let code = code_of(obj)?;
    if hook::ensure_extra_index().is_err() {
        return Err(RJitError::new_err("CPython has no free co_extra index"));
    }
    fn walk(code: &Bound<'_, PyAny>, reason: &str, n: &mut usize) -> PyResult<()> {
        // SAFETY: GIL held; `code` is a live code object.
        if unsafe { hook::install::exclude(code.as_ptr() as *mut PyCodeObject311, reason) } {
            *n += 1;
        }
        for c in code.getattr("co_consts")?.try_iter()? {
            let c = c?;
            // SAFETY: PyCode_Check only reads the type.
            if unsafe { pyo3::ffi::PyCode_Check(c.as_ptr()) } != 0 {
                walk(&c, reason, n)?;
            }
        }
        Ok(())
    }
    let mut n = 0;
    walk(&code, reason, &mut n)?;
    Ok(n)
}

#[pyfunction]
fn info<'py>(py: Python<'py>, obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDict>> {
    let code = code_of(obj)?;
    let d = PyDict::new(py);
    // SAFETY: GIL held; code is live.
    match unsafe { hook::slot_of(code.as_ptr() as *mut PyCodeObject311) } {
        Slot::Count(cold) => {
            d.set_item("state", "cold")?;
            d.set_item("calls", cold.calls)?;
        }
        Slot::Hot(st) => {
            // SAFETY: the slot keeps the state alive while the code object lives.
            let st = unsafe { &*st };
            let tier = st.tier();
            d.set_item(
                "state",
                match tier {
                    _ if st.is_excluded() => "excluded",
                    Tier::Queued => "queued",
                    Tier::Compiled => "compiled",
                    Tier::Failed => "failed",
                },
            )?;
            d.set_item("calls", hook::install::calls_of(st))?;
            d.set_item("key", &st.key)?;
            if let Some(o) = st.origin() {
                d.set_item("origin", o.as_str())?;
            }
            if tier == Tier::Compiled && !st.is_excluded() {
                d.set_item("effort", if st.optimised() { "optimised" } else { "quick" })?;
            }
            if let Some(r) = st.reason() {
                d.set_item("reason", r)?;
            }
            d.set_item(
                "deopts",
                st.deopts.load(std::sync::atomic::Ordering::Relaxed),
            )?;
            if st.typed_demoted() {
                d.set_item("typed", "demoted: its guards kept failing")?;
            }
        }
    }
    Ok(d)
}

#[pyfunction(name = "stats")]
fn py_stats<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (k, v) in stats::snapshot() {
        d.set_item(k, v)?;
    }
    d.set_item("compile_seconds", stats::compile_seconds())?;
    d.set_item("improve_seconds", stats::improve_seconds())?;
    let (load, link) = stats::load_seconds();
    d.set_item("cache_load_seconds", load)?;
    d.set_item("link_seconds", link)?;
    d.set_item("llvm_loaded", driver::codegen::loaded())?;
    d.set_item("codegen", driver::codegen_mode())?;
    d.set_item(
        "llvm_load_seconds",
        stats::LLVM_LOAD_NANOS.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1e9,
    )?;
    let f = PyDict::new(py);
    for (k, v) in stats::failures() {
        f.set_item(k, v)?;
    }
    d.set_item("failures", f)?;
    d.set_item("deopt_sites", stats::top_deopt_sites(10))?;
    d.set_item("threshold", config::threshold())?;
    let dirs = config::cache_dirs();
    d.set_item(
        "cache_dir",
        (!dirs.is_empty()).then(|| {
            dirs.iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(":")
        }),
    )?;
    d.set_item("cache_size", config::cache_size())?;
    d.set_item("enabled", hook::is_enabled())?;
    Ok(d)
}

/// Stops the compile pool; registered with `atexit` by `rjit/__init__.py`.
#[pyfunction]
fn _shutdown(py: Python<'_>) {
    py.detach(driver::shutdown);
    hook::drain_installs();
}

/// The typed middle's text form of a code object (`hir::print`), or why it has none.
#[pyfunction]
#[pyo3(signature = (obj, args = None))]
fn _dump_hir(obj: &Bound<'_, PyAny>, args: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    let snap = snapshot_of(obj, args)?;
    let an = bytecode::analyse(&snap.code, &snap.exception_table)
        .map_err(|e| RJitError::new_err(e.to_string()))?;
    hir::build(&snap, &an)
        .map(|f| hir::print::render(&f))
        .map_err(|u| RJitError::new_err(format!("no typed form: {}", u.0)))
}

/// Whether the typed tier (`RJIT_TYPED=1`) would lower a code object: `None`, or why not.
#[pyfunction]
#[pyo3(signature = (obj, args = None))]
fn _typed_verdict(
    obj: &Bound<'_, PyAny>,
    args: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<String>> {
    let snap = snapshot_of(obj, args)?;
    let an = bytecode::analyse(&snap.code, &snap.exception_table)
        .map_err(|e| RJitError::new_err(e.to_string()))?;
    Ok(match hir::build(&snap, &an) {
        Err(u) => Some(format!("no typed form: {}", u.0)),
        Ok(f) => hir::lowerable::check(&f, !an.handlers.is_empty()).err(),
    })
}

/// The LLVM IR rjit generates for a code object, before optimisation (for debugging).
#[pyfunction]
#[pyo3(signature = (obj, args = None))]
fn _dump_ir(obj: &Bound<'_, PyAny>, args: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
    let mut snap = snapshot_of(obj, args)?;
    snap.typed = config::typed();
    driver::codegen::emit(
        &snap,
        "rjit_dump",
        config::cpu(),
        target::Effort::Quick,
        codegen_abi::Emit::Ir,
    )
    .map(|b| String::from_utf8_lossy(&b).into_owned())
    .map_err(|r| RJitError::new_err(r.detail()))
}

/// What rjit makes of a code object: `ir` (LLVM IR as lowered), `ir-opt` (after the passes),
/// `asm` (machine code for this host, as assembly); `effort` is the first compile's `quick`
/// (FastISel) or the second's `optimised` (the instruction selection warm processes run).
#[pyfunction]
#[pyo3(signature = (obj, kind, effort = "quick", args = None))]
fn _dis(
    obj: &Bound<'_, PyAny>,
    kind: &str,
    effort: &str,
    args: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let mut snap = snapshot_of(obj, args)?;
    snap.typed = config::typed();
    let cpu = config::cpu();
    let symbol = driver::symbol_for(&driver::cache_key(&snap, cpu));
    let what = match kind {
        "ir" => codegen_abi::Emit::Ir,
        "ir-opt" => codegen_abi::Emit::OptimisedIr,
        "asm" => codegen_abi::Emit::Assembly,
        other => {
            return Err(RJitError::new_err(format!(
                "kind must be 'ir', 'ir-opt' or 'asm', not {other:?}"
            )));
        }
    };
    let effort = effort_of(effort)?;
    driver::codegen::emit(&snap, &symbol, cpu, effort, what)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|r| RJitError::new_err(format!("not compilable: {}", r.detail())))
}

/// The relocatable object rjit would cache for a code object, compiled now with `effort`
/// (`quick` or `optimised`) and neither linked nor installed: what `bench/apps/compile_time.py`
/// times per tier.
#[pyfunction]
#[pyo3(signature = (obj, effort = "quick", args = None))]
fn _emit_object<'py>(
    py: Python<'py>,
    obj: &Bound<'py, PyAny>,
    effort: &str,
    args: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, pyo3::types::PyBytes>> {
    let mut snap = snapshot_of(obj, args)?;
    snap.typed = config::typed();
    let cpu = config::cpu();
    let symbol = driver::symbol_for(&driver::cache_key(&snap, cpu));
    let effort = effort_of(effort)?;
    driver::codegen::emit(&snap, &symbol, cpu, effort, codegen_abi::Emit::Object)
        .map(|b| pyo3::types::PyBytes::new(py, &b))
        .map_err(|r| RJitError::new_err(format!("not compilable: {}", r.detail())))
}

/// The snapshot rjit takes of `obj`'s code when it gets hot, with `args` (a sequence, by
/// position) standing for the parameters of the frame that made it hot (`profile::ValueHint`).
fn snapshot_of(
    obj: &Bound<'_, PyAny>,
    args: Option<&Bound<'_, PyAny>>,
) -> PyResult<tier0::snapshot::CodeSnapshot> {
    let code = code_of(obj)?;
    let co = code.as_ptr() as *mut PyCodeObject311;
    // SAFETY: GIL held; code is live.
    let mut snap = unsafe { tier0::snapshot::take(co) }
        .ok_or_else(|| RJitError::new_err("cannot read the code object"))?;
    // Borrowed from `items`, NULL past them, as a frame's unbound parameters are.
    let items: Vec<Bound<'_, PyAny>> = match args {
        Some(args) => args.try_iter()?.collect::<PyResult<_>>()?,
        None => Vec::new(),
    };
    let mut slots: Vec<*mut pyo3::ffi::PyObject> = items.iter().map(|o| o.as_ptr()).collect();
    slots.resize(
        snap.argcount.max(0) as usize + snap.kwonlyargcount.max(0) as usize,
        std::ptr::null_mut(),
    );
    let slots_ptr = if args.is_some() {
        slots.as_ptr()
    } else {
        std::ptr::null()
    };
    // The function's globals (a code object alone has none), kept alive by `obj`.
    let globals = obj
        .getattr("__globals__")
        .ok()
        .filter(|g| g.is_exact_instance_of::<pyo3::types::PyDict>());
    // The functions its calls may compute in place, as the hook finds them at tier-up from the
    // function's globals and the frame's parameters.
    if let Some(g) = &globals {
        // SAFETY: GIL held; `co` live; `g` an exact dict kept alive by `obj`; `slots_ptr` NULL
        // or covering every parameter with a live object or NULL.
        snap.callees = unsafe { hook::install::callees(co, &snap, g.as_ptr(), slots_ptr) }.0;
    }
    if args.is_some() {
        let instrs = crate::bytecode::decode(&snap.code).unwrap_or_default();
        let globals_ptr = globals
            .as_ref()
            .map_or(std::ptr::null_mut(), |g| g.as_ptr());
        // SAFETY: GIL held; `slots` covers every parameter with a live object or NULL;
        // `globals_ptr` is an exact dict kept alive by `globals`, or NULL.
        (snap.hints.args, snap.hints.values) =
            unsafe { hook::install::value_hints(co, &instrs, slots.as_ptr(), globals_ptr) };
    }
    Ok(snap)
}

fn effort_of(effort: &str) -> PyResult<target::Effort> {
    match effort {
        "quick" => Ok(target::Effort::Quick),
        "optimised" => Ok(target::Effort::Optimised),
        other => Err(RJitError::new_err(format!(
            "effort must be 'quick', 'sync' or 'optimised', not {other:?}"
        ))),
    }
}

/// rjit's analysis of a code object's bytecode: instructions with stack depths, handlers.
#[pyfunction]
fn _dump_bytecode(obj: &Bound<'_, PyAny>) -> PyResult<String> {
    let snap = snapshot_of(obj, None)?;
    let an = bytecode::analyse(&snap.code, &snap.exception_table)
        .map_err(|e| RJitError::new_err(e.to_string()))?;
    Ok(an.render())
}

/// The layers named by `spec` (a colon-separated list), or by the configuration when None.
fn layers_of(spec: Option<&str>, create: bool) -> std::sync::Arc<aot_cache::Layers> {
    match spec {
        Some(s) => std::sync::Arc::new(aot_cache::Layers::open(&config::split_dirs(s), create)),
        None if create => driver::cache_layers(),
        None => std::sync::Arc::new(aot_cache::Layers::open(&config::cache_dirs(), false)),
    }
}

/// The cache search path: `[(dir, writable)]` and the refused directories with reasons.
#[pyfunction]
#[pyo3(signature = (cache_dir=None))]
fn _cache_layers(cache_dir: Option<&str>) -> (Vec<(String, bool)>, Vec<String>) {
    let ls = layers_of(cache_dir, false);
    (
        ls.layers
            .iter()
            .map(|l| (l.dir.display().to_string(), l.writable))
            .collect(),
        ls.refused.clone(),
    )
}

/// `rjit precompile`'s engine: compile `codes` (code objects, never run) into the cache.
#[pyfunction]
#[pyo3(signature = (codes, jobs, cpu, cache_dir=None, progress=false, pack=true))]
fn _precompile<'py>(
    py: Python<'py>,
    codes: Vec<Bound<'py, PyAny>>,
    jobs: usize,
    cpu: &str,
    cache_dir: Option<&str>,
    progress: bool,
    pack: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let cpu = target::Cpu::parse(cpu).ok_or_else(|| {
        RJitError::new_err(format!(
            "unknown CPU {cpu:?}: use host or one of {}",
            target::LEVELS.map(|l| l.0).join(", ")
        ))
    })?;
    let mut snaps = Vec::with_capacity(codes.len());
    for c in &codes {
        // SAFETY: PyCode_Check only reads the type.
        if unsafe { pyo3::ffi::PyCode_Check(c.as_ptr()) } == 0 {
            return Err(RJitError::new_err("precompile takes code objects"));
        }
        // SAFETY: GIL held; `c` is a live code object.
        if let Some(s) = unsafe { tier0::snapshot::take(c.as_ptr() as *mut PyCodeObject311) } {
            snaps.push(s);
        }
    }
    let layers = layers_of(cache_dir, true);
    let opts = driver::precompile::Options {
        jobs,
        cpu,
        progress,
        pack,
    };
    let r = py
        .detach(|| driver::precompile::run(snaps, &layers, &opts))
        .map_err(RJitError::new_err)?;
    let d = PyDict::new(py);
    d.set_item("total", r.total)?;
    d.set_item("compiled", r.compiled)?;
    d.set_item("cached", r.cached)?;
    d.set_item("duplicates", r.duplicates)?;
    d.set_item("failed", r.failed.iter().collect::<Vec<_>>())?;
    d.set_item("store_errors", r.store_errors)?;
    d.set_item("first_store_error", r.first_store_error.as_deref())?;
    d.set_item("bytes_written", r.bytes_written)?;
    d.set_item("seconds", r.seconds)?;
    d.set_item("compile_nanos", &r.compile_nanos)?;
    pack_fields(&d, &r)?;
    d.set_item("cpu", cpu.name())?;
    d.set_item(
        "cache_dir",
        layers.write_dir().map(|p| p.display().to_string()),
    )?;
    Ok(d)
}

/// Every entry of one cache directory, each verified, least recently used first:
/// `(path, size, mtime, meta or None, problem or None)` where meta is
/// `(qualname, file, cpu, tier, rjit_version)`.
#[pyfunction]
#[allow(clippy::type_complexity)]
fn _cache_entries(
    py: Python<'_>,
    dir: &str,
) -> PyResult<
    Vec<(
        String,
        u64,
        f64,
        Option<(String, String, String, String, String)>,
        Option<String>,
    )>,
> {
    let (entries, _) = aot_cache::maint::list(std::path::Path::new(dir))
        .map_err(|e| RJitError::new_err(format!("{dir}: {e}")))?;
    Ok(py.detach(|| {
        entries
            .iter()
            .map(|e| {
                let mtime = e
                    .modified
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs_f64())
                    .unwrap_or(0.0);
                let (meta, problem) = match aot_cache::maint::check(e) {
                    Ok(m) => (
                        Some((m.qualname, m.file, m.cpu, m.tier, m.rjit_version)),
                        None,
                    ),
                    Err(m) => (None, Some(m.to_string())),
                };
                (e.path.display().to_string(), e.size, mtime, meta, problem)
            })
            .collect()
    }))
}

/// Evict least recently used entries of `dir` down to `max_bytes`: (removed, freed, kept).
#[pyfunction]
fn _cache_prune(py: Python<'_>, dir: &str, max_bytes: u64) -> PyResult<(u64, u64, u64)> {
    let r = py
        .detach(|| aot_cache::maint::evict(std::path::Path::new(dir), max_bytes, true))
        .map_err(|e| RJitError::new_err(format!("{dir}: {e}")))?;
    Ok((r.removed, r.freed, r.kept))
}

/// Pre-link the loose entries of `dir` into packs (`rjit cache pack`): a dict with `entries`,
/// `packed`, `packs`, `pack_bytes`, `unpacked`, `first_unpacked`, `seconds`.
#[pyfunction]
fn _cache_pack<'py>(py: Python<'py>, dir: &str) -> PyResult<Bound<'py, PyDict>> {
    let r = py
        .detach(|| driver::precompile::pack_dir(std::path::Path::new(dir)))
        .map_err(RJitError::new_err)?;
    let d = PyDict::new(py);
    d.set_item("entries", r.total)?;
    pack_fields(&d, &r)?;
    d.set_item("seconds", r.seconds)?;
    Ok(d)
}

/// What a report says of packs, for `_precompile` and `_cache_pack`.
fn pack_fields(d: &Bound<'_, PyDict>, r: &driver::precompile::Report) -> PyResult<()> {
    d.set_item("packs", r.packs)?;
    d.set_item("packed", r.packed)?;
    d.set_item("pack_bytes", r.pack_bytes)?;
    d.set_item("unpacked", r.unpacked)?;
    d.set_item("first_unpacked", r.first_unpacked.as_deref())?;
    Ok(())
}

/// Remove every entry of `dir`: (removed, freed).
#[pyfunction]
fn _cache_clear(py: Python<'_>, dir: &str) -> PyResult<(u64, u64)> {
    py.detach(|| aot_cache::maint::clear(std::path::Path::new(dir)))
        .map_err(|e| RJitError::new_err(format!("{dir}: {e}")))
}

/// Remove one entry file (used by `rjit cache verify --fix`).
#[pyfunction]
fn _cache_remove(path: &str) -> PyResult<()> {
    if !path.ends_with(".rjit") && !path.ends_with(aot_cache::pack::SUFFIX) {
        return Err(RJitError::new_err(format!("{path} is not a cache entry")));
    }
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(RJitError::new_err(format!("{path}: {e}"))),
    }
}

/// `"1G"` → bytes; None if not a size.
#[pyfunction]
fn _parse_size(s: &str) -> Option<u64> {
    config::parse_size(s)
}

#[pymodule]
fn _rjit(m: &Bound<'_, PyModule>) -> PyResult<()> {
    config::load_from_env();
    m.add("RJitError", m.py().get_type::<RJitError>())?;
    m.add("DEFAULT_THRESHOLD", config::DEFAULT_THRESHOLD)?;
    m.add("CODEGEN_LOCK_FILE", codegen_abi::CODEGEN_LOCK_FILE)?;
    m.add_function(wrap_pyfunction!(enable, m)?)?;
    m.add_function(wrap_pyfunction!(disable, m)?)?;
    m.add_function(wrap_pyfunction!(is_enabled, m)?)?;
    m.add_function(wrap_pyfunction!(compile, m)?)?;
    m.add_function(wrap_pyfunction!(wait, m)?)?;
    m.add_function(wrap_pyfunction!(info, m)?)?;
    m.add_function(wrap_pyfunction!(_exclude, m)?)?;
    m.add_function(wrap_pyfunction!(py_stats, m)?)?;
    m.add_function(wrap_pyfunction!(_shutdown, m)?)?;
    m.add_function(wrap_pyfunction!(_dump_ir, m)?)?;
    m.add_function(wrap_pyfunction!(_dump_hir, m)?)?;
    m.add_function(wrap_pyfunction!(_typed_verdict, m)?)?;
    m.add_function(wrap_pyfunction!(_dis, m)?)?;
    m.add_function(wrap_pyfunction!(_emit_object, m)?)?;
    m.add_function(wrap_pyfunction!(_dump_bytecode, m)?)?;
    m.add_function(wrap_pyfunction!(_cache_layers, m)?)?;
    m.add_function(wrap_pyfunction!(_precompile, m)?)?;
    m.add_function(wrap_pyfunction!(_cache_entries, m)?)?;
    m.add_function(wrap_pyfunction!(_cache_prune, m)?)?;
    m.add_function(wrap_pyfunction!(_cache_pack, m)?)?;
    m.add_function(wrap_pyfunction!(_cache_clear, m)?)?;
    m.add_function(wrap_pyfunction!(_cache_remove, m)?)?;
    m.add_function(wrap_pyfunction!(_parse_size, m)?)?;
    m.add("CPU_LEVELS", target::LEVELS.map(|l| l.0).to_vec())?;
    m.add("DEFAULT_PORTABLE_CPU", target::DEFAULT_PORTABLE)?;
    Ok(())
}
