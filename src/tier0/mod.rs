//! tier0: observing only — hotness counting, the per-code state once hot, and the plain-data
//! snapshot of a code object that the compile pool works on.
//!
//! Lifecycle of one code object (the value in its co_extra slot):
//! ```text
//!   NULL ──call──► Count(n) (tagged int, no allocation) ──n ≥ threshold──► Hot(Arc<CodeState>)
//!                                                                           │
//!          queued ──compile ok──► compiled (entry set; origin jit|cache)   ◄┘
//!            └──────compile failed──► failed (reason kept; never retried)
//! ```
//! Allowed dependencies: bytecode, cpython, errors, stats.

pub mod counters;
pub mod profile;
pub mod snapshot;
pub mod state;

pub use counters::{Cold, QUICKENING_WINDOW, Slot};
pub use snapshot::CodeSnapshot;
pub use state::{CodeState, Origin, Tier};
