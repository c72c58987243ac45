//! Per-code state once a code object is hot.
//!
//! Ownership: the co_extra slot holds one `Arc<CodeState>` (released by the co_extra free
//! function when the code object dies); a queued compile job holds another. The runtime
//! `table` holds *borrowed* pointers to the code object's constants and names: valid exactly
//! as long as the code object, which outlives every frame that runs the compiled entry.
//! Its last entry is the address of `caches`, the zeroed inline-cache memory owned here and
//! interpreted only by the runtime helpers (`runtime::attr_cache`), `INLINE_CACHE_BYTES` per
//! site. Runtime table layout: `[consts..., names..., caches]` (part of the helper ABI).
//! Invariant: `entry` is written once, with Release, after the code is linked and `table` is
//! filled; readers load it with Acquire. Everything else is guarded by the GIL or a mutex.

use std::cell::UnsafeCell;
use std::sync::Mutex;
use std::sync::atomic::{AtomicPtr, AtomicU8, AtomicU64, Ordering};

use pyo3_ffi::PyObject;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Tier {
    Queued = 0,
    Compiled = 1,
    Failed = 2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Jit,
    Cache,
}

impl Origin {
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Jit => "jit",
            Origin::Cache => "cache",
        }
    }
}

/// Offsets of the fields compiled callers read (see `CodeState`).
pub const STATE_ENTRY: usize = std::mem::offset_of!(CodeState, entry);
pub const STATE_TABLE: usize = std::mem::offset_of!(CodeState, table_ptr);
pub const STATE_CALLS: usize = std::mem::offset_of!(CodeState, calls);
pub const STATE_DIRECT_ARGC: usize =
    std::mem::offset_of!(CodeState, shape) + std::mem::offset_of!(DirectShape, argc);
pub const STATE_NLOCALSPLUS: usize =
    std::mem::offset_of!(CodeState, shape) + std::mem::offset_of!(DirectShape, nlocalsplus);
pub const STATE_FRAME_WORDS: usize =
    std::mem::offset_of!(CodeState, shape) + std::mem::offset_of!(DirectShape, frame_words);
pub const STATE_GENERATOR: usize =
    std::mem::offset_of!(CodeState, shape) + std::mem::offset_of!(DirectShape, generator);

/// Bytes of inline-cache memory per site; tier1 checks it equals the runtime's cache size.
pub const INLINE_CACHE_BYTES: usize = 40;

/// Byte offsets in a callee's own site (`CodeState::set_callee_site`): its code object, and for
/// a subscript callee the class's version tag and the function.
pub const CALLEE_SITE_CODE: usize = 0;
pub const CALLEE_SITE_VERSION: usize = 8;
pub const CALLEE_SITE_FUNC: usize = 16;
/// A site's last word: NULL or the address of an overflow block the runtime helpers allocated
/// (`runtime::inline_cache::Site`) with this size and alignment; freed with the code state.
/// `hook` checks these against the runtime's.
pub const SITE_OVERFLOW: usize = 32;
pub const OVERFLOW_BYTES: usize = 96;
pub const OVERFLOW_ALIGN: usize = 8;

/// One site's cache memory: written by runtime helpers through raw pointers, with the GIL held.
#[repr(C, align(8))]
pub struct CacheWords(UnsafeCell<[u8; INLINE_CACHE_BYTES]>);

impl Drop for CacheWords {
    fn drop(&mut self) {
        let words = self.0.get_mut();
        let mut addr = [0u8; 8];
        addr.copy_from_slice(&words[SITE_OVERFLOW..SITE_OVERFLOW + 8]);
        let block = usize::from_ne_bytes(addr) as *mut u8;
        if !block.is_null() {
            let layout = std::alloc::Layout::from_size_align(OVERFLOW_BYTES, OVERFLOW_ALIGN)
                .expect("constant layout");
            // SAFETY: the runtime allocated `block` with exactly this layout (checked in
            // `hook`), and nothing uses the site once its code state is dropped: the code
            // object is gone, and with it every frame that could run its compiled code.
            unsafe { std::alloc::dealloc(block, layout) };
        }
    }
}

/// How compiled callers may call a code object directly (`tier1_llvm::lower::call`): the
/// exact positional count, and the frame's size. Taken from the live code object at tier-up.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
pub struct DirectShape {
    /// `co_argcount` when a call with at most that many positional arguments binds them
    /// one-to-one, the missing ones from the function's `__defaults__` (no keyword-only,
    /// `*args`, `**kwargs`; no generator, coroutine or async generator code that does not start
    /// with RETURN_GENERATOR, as code with cells does; `CO_OPTIMIZED`), else -1: such calls take the general route.
    pub argc: i32,
    pub nlocalsplus: i32,
    /// `co_nlocalsplus + co_stacksize + FRAME_SPECIALS_SIZE`.
    pub frame_words: u64,
    /// 1 for generator, coroutine and async generator code that rjit can make the object of
    /// (`cpython::frames::generator_kind`): a direct call creates it (`rjit_make_generator`)
    /// instead of entering the code; else 0.
    pub generator: u32,
}

impl DirectShape {
    pub const NONE: DirectShape = DirectShape {
        argc: -1,
        nlocalsplus: 0,
        frame_words: 0,
        generator: 0,
    };
}

/// Hot state of one code object. The first fields are read by compiled callers at the `STATE_*`
/// offsets (part of the helper ABI), so the layout is `repr(C)`.
#[repr(C)]
pub struct CodeState {
    entry: AtomicPtr<std::ffi::c_void>,
    /// `table.as_ptr()`, for compiled callers.
    table_ptr: *const *mut PyObject,
    /// Calls seen (cold count carried over, plus every call since; while its compile is queued,
    /// generator resumes too: `driver::take_hottest`). Written with the GIL held.
    pub calls: AtomicU64,
    shape: DirectShape,
    tier: AtomicU8,
    /// Consts then names, borrowed from the code object, then the cache area (see module doc).
    pub table: Box<[*mut PyObject]>,
    /// Inline caches, one per site; the table's last entry points here. Never moved or read
    /// from Rust after creation.
    _caches: Box<[CacheWords]>,
    /// Cache key (hex) of the compiled code.
    pub key: String,
    /// `qualname:filename`, for profilers' maps and diagnostics.
    pub label: String,
    detail: Mutex<(Option<Origin>, Option<String>)>,
    /// Kept out of the JIT (`@rjit.nojit`, `RJIT_EXCLUDE`): nothing is ever installed.
    excluded: std::sync::atomic::AtomicBool,
    /// The installed code was compiled with `Effort::Optimised` (for `rjit.info`).
    optimised: std::sync::atomic::AtomicBool,
    /// Frames of this code handed to the interpreter mid-function (`runtime::deopt`).
    pub deopts: AtomicU64,
    /// Compiled without the typed tier from now on: its guards kept failing
    /// (`hook::install::on_deopt`).
    typed_demoted: std::sync::atomic::AtomicBool,
}

// SAFETY: the raw pointers in `table` are only dereferenced by compiled code running with the
// GIL held; other threads only move the Arc around.
unsafe impl Send for CodeState {}
// SAFETY: as above; all interior mutability is atomic or behind a Mutex.
unsafe impl Sync for CodeState {}

impl CodeState {
    /// `table` holds the constants and names; `sites` inline caches are allocated, zeroed, and
    /// their address appended to it.
    pub fn new(
        calls: u64,
        table: Box<[*mut PyObject]>,
        sites: usize,
        key: String,
        label: String,
        shape: DirectShape,
    ) -> CodeState {
        let caches: Box<[CacheWords]> = (0..sites.max(1))
            .map(|_| CacheWords(UnsafeCell::new([0; INLINE_CACHE_BYTES])))
            .collect();
        let mut table = table.into_vec();
        table.push(caches.as_ptr() as *mut PyObject);
        let table = table.into_boxed_slice();
        CodeState {
            tier: AtomicU8::new(Tier::Queued as u8),
            entry: AtomicPtr::new(std::ptr::null_mut()),
            table_ptr: table.as_ptr(),
            calls: AtomicU64::new(calls),
            shape,
            table,
            _caches: caches,
            key,
            label,
            detail: Mutex::new((None, None)),
            excluded: std::sync::atomic::AtomicBool::new(false),
            optimised: std::sync::atomic::AtomicBool::new(false),
            deopts: AtomicU64::new(0),
            typed_demoted: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Fill inline-cache site `site`, a callee's own (`snapshot::Callee::sites`): `code` in
    /// its first word, the callee's code object; for a subscript callee also the version tag of
    /// the class whose method it is and the function itself in the next two (`Via::GetItem`).
    /// The site takes the references it is given, never released (it may be compared with
    /// until the process ends): compiled code computes the callee in place only for a function
    /// whose code is this object (of a class whose version is this one).
    ///
    /// # Safety
    /// GIL held; `site` is one of this state's callee sites; `code` a live code object and the
    /// function live, each a reference the caller gives the site.
    pub unsafe fn set_callee_site(
        &self,
        site: usize,
        code: *mut PyObject,
        subscr: Option<(u32, *mut PyObject)>,
    ) {
        if let Some(words) = self._caches.get(site) {
            // SAFETY: the site's memory lives as long as `self` (five words); with the GIL held
            // nothing else reads or writes it now; a callee site's words are as documented.
            unsafe {
                let w = words.0.get() as *mut u8;
                (w.add(CALLEE_SITE_CODE) as *mut usize).write(code as usize);
                if let Some((version, func)) = subscr {
                    (w.add(CALLEE_SITE_VERSION) as *mut usize).write(version as usize);
                    (w.add(CALLEE_SITE_FUNC) as *mut usize).write(func as usize);
                }
            }
        }
    }

    pub fn tier(&self) -> Tier {
        match self.tier.load(Ordering::Acquire) {
            0 => Tier::Queued,
            1 => Tier::Compiled,
            _ => Tier::Failed,
        }
    }

    /// The compiled entry, or NULL.
    #[inline(always)]
    pub fn entry(&self) -> *mut std::ffi::c_void {
        self.entry.load(Ordering::Acquire)
    }

    /// Install compiled code (ignored once the code is excluded). GIL held.
    pub fn install(&self, entry: usize, origin: Origin) {
        if self.excluded.load(Ordering::Acquire) {
            return;
        }
        self.detail.lock().unwrap_or_else(|p| p.into_inner()).0 = Some(origin);
        self.entry.store(entry as *mut _, Ordering::Release);
        self.tier.store(Tier::Compiled as u8, Ordering::Release);
    }

    /// Say which effort compiled the installed code.
    pub fn set_optimised(&self, optimised: bool) {
        self.optimised.store(optimised, Ordering::Release);
    }

    pub fn optimised(&self) -> bool {
        self.optimised.load(Ordering::Acquire)
    }

    /// Keep the typed tier away from this code; false if it already was.
    pub fn demote_typed(&self) -> bool {
        !self.typed_demoted.swap(true, Ordering::AcqRel)
    }

    pub fn typed_demoted(&self) -> bool {
        self.typed_demoted.load(Ordering::Acquire)
    }

    pub fn is_excluded(&self) -> bool {
        self.excluded.load(Ordering::Acquire)
    }

    /// Keep this code interpreted from now on, even if it was compiled (callers read the
    /// entry at every call, so they see NULL at once). GIL held.
    pub fn exclude(&self, reason: String) {
        self.excluded.store(true, Ordering::Release);
        self.entry.store(std::ptr::null_mut(), Ordering::Release);
        self.detail.lock().unwrap_or_else(|p| p.into_inner()).0 = None;
        self.fail(reason);
    }

    pub fn fail(&self, reason: String) {
        self.detail.lock().unwrap_or_else(|p| p.into_inner()).1 = Some(reason);
        self.tier.store(Tier::Failed as u8, Ordering::Release);
    }

    pub fn origin(&self) -> Option<Origin> {
        self.detail.lock().unwrap_or_else(|p| p.into_inner()).0
    }

    pub fn reason(&self) -> Option<String> {
        self.detail
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .1
            .clone()
    }
}
