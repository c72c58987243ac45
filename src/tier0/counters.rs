//! The co_extra slot encoding and the tier-up policy.
//!
//! Invariant (ARCHITECTURE invariant 6): a code object that never gets hot costs no allocation
//! of ours. Until it is hot its slot holds a tagged integer
//! `(calls << 3) | (loop << 2) | (q << 1) | 1`, where `q` says the code was already quickened
//! at the first call rjit saw and `loop` that its bytecode has a loop (then the hook times its
//! interpreted calls: `should_compile_after`); once hot, an even, non-NULL pointer from
//! `Arc::<CodeState>::into_raw`.

use std::ffi::c_void;

use super::state::CodeState;

/// Decoded co_extra value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Not hot yet (all zero when the slot was never written).
    Count(Cold),
    /// Hot: a borrowed view of the slot's `Arc<CodeState>`.
    Hot(*const CodeState),
}

/// What rjit knows of a code object that is not hot yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cold {
    /// Calls counted so far.
    pub calls: u64,
    /// CPython had already quickened the code when rjit counted its first call: it ran before
    /// rjit was enabled (or while it was disabled), so quickening says nothing about loops.
    pub quickened_before: bool,
    /// The bytecode has a loop (`bytecode::has_loop`), known from the first count on.
    pub has_loop: bool,
}

impl Slot {
    pub fn decode(raw: *mut c_void) -> Slot {
        let v = raw as usize;
        if v == 0 {
            Slot::Count(Cold::default())
        } else if v & 1 == 1 {
            Slot::Count(Cold {
                calls: (v >> 3) as u64,
                quickened_before: v & 2 != 0,
                has_loop: v & 4 != 0,
            })
        } else {
            Slot::Hot(raw as *const CodeState)
        }
    }

    /// True when `raw` is a counter whose next count `n + 1` satisfies `lo <= n + 1 < hi`.
    #[inline(always)]
    pub fn counts_between(raw: *mut c_void, lo: u64, hi: u64) -> bool {
        let v = raw as usize;
        let next = (v >> 3) as u64 + 1;
        v & 1 == 1 && next >= lo && next < hi
    }

    /// The counter `raw` with one more call (`raw` must be a counter below saturation).
    #[inline(always)]
    pub fn bump_count(raw: *mut c_void) -> *mut c_void {
        (raw as usize + 8) as *mut c_void
    }

    /// True when `raw` is a counter for code with a loop.
    #[inline(always)]
    pub fn counts_loop(raw: *mut c_void) -> bool {
        raw as usize & 5 == 5
    }

    /// Encodes a cold state (the count saturates well below the tag bits' range).
    pub fn encode_count(c: Cold) -> *mut c_void {
        let n = c.calls.min(usize::MAX as u64 >> 4) as usize;
        ((n << 3) | ((c.has_loop as usize) << 2) | ((c.quickened_before as usize) << 1) | 1)
            as *mut c_void
    }
}

/// An interpreted call of cold code with a loop that ran longer than this (TSC ticks; about
/// 0.3 ms at 3 GHz) makes the next call tier up. 3.11 only quickens on `for` back-edges, so
/// `while` loops are invisible to the quickening test in `should_compile`; a dispatch loop
/// called once per iteration of an outer program would otherwise never reach the threshold.
pub const LOOP_HOT_TICKS: u64 = 1_000_000;

/// Calls below this one are the quickening window (`should_compile`'s early tier-up looks at
/// each of them); from it up to the threshold, a call of cold code only counts
/// (`Slot::counts_between(raw, QUICKENING_WINDOW, threshold)`, the hook's fast path).
pub const QUICKENING_WINDOW: u64 = 8;

/// The tier-up decision, made on every call of a cold code object.
///
/// `cold` already counts this call. `quickened` is true when CPython has quickened the code:
/// `co_warmup` reaches 0 after 8 RESUMEs + `JUMP_BACKWARD`s, so a code object that is quickened
/// before its 8th call has run loop iterations — a function called rarely but looping hard.
/// Such code tiers up at its next call instead of waiting for `threshold` calls, unless it was
/// quickened before rjit counted it (then its calls before rjit, not loops, may explain it).
pub fn should_compile(cold: Cold, threshold: u64, quickened: bool) -> bool {
    cold.calls >= threshold.max(1)
        || (loop_rules(threshold)
            && quickened
            && !cold.quickened_before
            && (2..QUICKENING_WINDOW).contains(&cold.calls))
}

/// A threshold at or above this means "compile only what `rjit.compile` is given": the two loop
/// rules (quickened early, a long interpreted call) then stay off too.
pub const NO_LOOP_RULES_THRESHOLD: u64 = 1_000_000;

/// Whether the loop rules apply under `threshold`.
pub fn loop_rules(threshold: u64) -> bool {
    threshold < NO_LOOP_RULES_THRESHOLD
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cold(calls: u64) -> Cold {
        Cold {
            calls,
            quickened_before: false,
            has_loop: false,
        }
    }

    #[test]
    fn slot_round_trip() {
        assert_eq!(Slot::decode(std::ptr::null_mut()), Slot::Count(cold(0)));
        assert_eq!(
            Slot::decode(Slot::encode_count(cold(41))),
            Slot::Count(cold(41))
        );
        let q = Cold {
            calls: 7,
            quickened_before: true,
            has_loop: true,
        };
        assert_eq!(Slot::decode(Slot::encode_count(q)), Slot::Count(q));
        let p = 0x1000 as *mut c_void;
        assert_eq!(Slot::decode(p), Slot::Hot(p as *const CodeState));
    }

    #[test]
    fn in_place_count_matches_decode() {
        let q = Cold {
            calls: 9,
            quickened_before: true,
            has_loop: true,
        };
        let raw = Slot::encode_count(q);
        assert!(Slot::counts_between(raw, 8, 100));
        assert!(!Slot::counts_between(raw, 8, 10)); // the 10th call reaches the threshold
        assert!(!Slot::counts_between(Slot::encode_count(cold(6)), 8, 100));
        assert!(!Slot::counts_between(std::ptr::null_mut(), 0, 100));
        assert!(!Slot::counts_between(0x1000 as *mut c_void, 0, u64::MAX));
        assert!(Slot::counts_loop(raw));
        assert!(!Slot::counts_loop(Slot::encode_count(cold(9))));
        assert!(!Slot::counts_loop(0x1004 as *mut c_void));
        assert_eq!(
            Slot::decode(Slot::bump_count(raw)),
            Slot::Count(Cold {
                calls: 10,
                quickened_before: true,
                has_loop: true,
            })
        );
    }

    #[test]
    fn policy() {
        assert!(should_compile(cold(1), 0, false));
        assert!(should_compile(cold(1), 1, false));
        assert!(!should_compile(cold(5), 100, false));
        assert!(should_compile(cold(100), 100, false));
        // quickened before the 8th call: it looped; compile at its second call
        assert!(should_compile(cold(2), 1000, true));
        // ...unless the threshold says nothing compiles by itself
        assert!(!should_compile(cold(2), NO_LOOP_RULES_THRESHOLD, true));
        // quickened after many calls says nothing about loops
        assert!(!should_compile(cold(50), 1000, true));
        // quickened before rjit saw its first call (ran before rjit was enabled): no shortcut
        assert!(!should_compile(
            Cold {
                calls: 2,
                quickened_before: true,
                has_loop: false,
            },
            1000,
            true
        ));
    }
}
