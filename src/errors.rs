//! Why a code object stays interpreted.
//!
//! A compile failure is an ordinary event, never a Python exception: it becomes an
//! `AbortReason`, counted in `rjit.stats()["failures"]` under its stable snake_case name and
//! remembered on the code object so it is not retried on every call.

#[derive(Debug, Clone, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub enum AbortReason {
    /// The process exited before the queued compile ran (not counted as a failure).
    Shutdown,
    /// The bytecode could not be decoded or its stack depths do not agree.
    MalformedBytecode(String),
    /// LLVM rejected the module or failed to emit or link it (a bug in rjit).
    Backend(String),
    /// The function is too large for this tier's limits.
    TooLarge,
}

impl AbortReason {
    /// Stable name used in stats, `info()` and logs.
    pub fn as_str(&self) -> String {
        match self {
            AbortReason::Shutdown => "shutdown".into(),
            AbortReason::MalformedBytecode(_) => "malformed_bytecode".into(),
            AbortReason::Backend(_) => "backend_error".into(),
            AbortReason::TooLarge => "too_large".into(),
        }
    }

    /// A longer, human-readable explanation for `info()`.
    pub fn detail(&self) -> String {
        match self {
            AbortReason::MalformedBytecode(m) | AbortReason::Backend(m) => {
                format!("{}: {m}", self.as_str())
            }
            _ => self.as_str(),
        }
    }
}
