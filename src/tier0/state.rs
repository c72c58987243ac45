//! Per-code state once a code object is hot.
//!
//! Ownership: the co_extra slot holds one `Arc<CodeState>` (released by the co_extra free
//! function when the code object dies); a queued compile job holds another. The runtime
//! `table` holds *borrowed* pointers to the code object's constants and names: valid exactly
//! as long as the code object, which outlives every frame that runs the compiled entry.
//! Invariant: `entry` is written once, with Release, after the code is linked and `table` is
//! filled; readers load it with Acquire. Everything else is guarded by the GIL or a mutex.

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

pub struct CodeState {
    tier: AtomicU8,
    entry: AtomicPtr<std::ffi::c_void>,
    /// Calls seen (cold count carried over, plus every call since). Written with the GIL held.
    pub calls: AtomicU64,
    /// Consts then names, borrowed from the code object (see module doc).
    pub table: Box<[*mut PyObject]>,
    /// Cache key (hex) of the compiled code.
    pub key: String,
    detail: Mutex<(Option<Origin>, Option<String>)>,
}

// SAFETY: the raw pointers in `table` are only dereferenced by compiled code running with the
// GIL held; other threads only move the Arc around.
unsafe impl Send for CodeState {}
// SAFETY: as above; all interior mutability is atomic or behind a Mutex.
unsafe impl Sync for CodeState {}

impl CodeState {
    pub fn new(calls: u64, table: Box<[*mut PyObject]>, key: String) -> CodeState {
        CodeState {
            tier: AtomicU8::new(Tier::Queued as u8),
            entry: AtomicPtr::new(std::ptr::null_mut()),
            calls: AtomicU64::new(calls),
            table,
            key,
            detail: Mutex::new((None, None)),
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

    pub fn install(&self, entry: usize, origin: Origin) {
        self.detail.lock().unwrap_or_else(|p| p.into_inner()).0 = Some(origin);
        self.entry.store(entry as *mut _, Ordering::Release);
        self.tier.store(Tier::Compiled as u8, Ordering::Release);
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
