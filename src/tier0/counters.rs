//! The co_extra slot encoding and the tier-up policy.
//!
//! Invariant (ARCHITECTURE invariant 6): a code object that never gets hot costs no allocation
//! of ours. Until it is hot its slot holds a tagged integer `(count << 1) | 1`; once hot, an
//! even, non-NULL pointer from `Arc::<CodeState>::into_raw`.

use std::ffi::c_void;

use super::state::CodeState;

/// Decoded co_extra value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Calls counted so far (0 when the slot was never written).
    Count(u64),
    /// Hot: a borrowed view of the slot's `Arc<CodeState>`.
    Hot(*const CodeState),
}

impl Slot {
    pub fn decode(raw: *mut c_void) -> Slot {
        let v = raw as usize;
        if v == 0 {
            Slot::Count(0)
        } else if v & 1 == 1 {
            Slot::Count((v >> 1) as u64)
        } else {
            Slot::Hot(raw as *const CodeState)
        }
    }

    /// Encodes a count (saturating well below the tag bit's range).
    pub fn encode_count(n: u64) -> *mut c_void {
        let n = n.min(usize::MAX as u64 >> 2) as usize;
        ((n << 1) | 1) as *mut c_void
    }
}

/// The tier-up decision, made on every call of a cold code object.
///
/// `calls` includes this call. `quickened` is true when CPython already quickened the code:
/// `co_warmup` reaches 0 after 8 RESUMEs + `JUMP_BACKWARD`s, so a code object that is quickened
/// before its 8th call has run loop iterations — a function called rarely but looping hard.
/// Such code tiers up at its next call instead of waiting for `threshold` calls.
pub fn should_compile(calls: u64, threshold: u64, quickened: bool) -> bool {
    calls >= threshold.max(1) || (quickened && (2..8).contains(&calls))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_round_trip() {
        assert_eq!(Slot::decode(std::ptr::null_mut()), Slot::Count(0));
        assert_eq!(Slot::decode(Slot::encode_count(41)), Slot::Count(41));
        let p = 0x1000 as *mut c_void;
        assert_eq!(Slot::decode(p), Slot::Hot(p as *const CodeState));
    }

    #[test]
    fn policy() {
        assert!(should_compile(1, 0, false));
        assert!(should_compile(1, 1, false));
        assert!(!should_compile(5, 100, false));
        assert!(should_compile(100, 100, false));
        // quickened before the 8th call: it looped; compile at its second call
        assert!(should_compile(2, 1000, true));
        // quickened after many calls says nothing about loops
        assert!(!should_compile(50, 1000, true));
    }
}
