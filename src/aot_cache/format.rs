//! Entry file format (little-endian):
//! ```text
//! 0   8  magic "RJITOBJ\0"
//! 8   4  format version
//! 12  4  metadata length M
//! 16 32  key (blake3)
//! 48  8  payload length P
//! 56 32  blake3(metadata ‖ payload)
//! 88  M  metadata (bincode EntryMeta)
//! 88+M P payload: the relocatable object
//! ```
//! Invariant: a change to this layout or to `EntryMeta` bumps `VERSION`; entries of another
//! version are misses of their own kind ("foreign"), never parsed.

pub const MAGIC: &[u8; 8] = b"RJITOBJ\0";
pub const VERSION: u32 = 2;
pub const HEADER_LEN: usize = 88;

#[derive(Debug, Clone, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub struct EntryMeta {
    /// The entry symbol defined by the object.
    pub symbol: String,
    /// For humans (`rjit cache ls`): which function this was, and where it came from.
    pub qualname: String,
    pub file: String,
    pub rjit_version: String,
    /// The CPU the code was generated for: `host` (this machine's CPU and features) or a
    /// portable level such as `x86-64-v2`.
    pub cpu: String,
    /// The compiler tier that made it (`tier1`).
    pub tier: String,
}

pub fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<65536>()
}
