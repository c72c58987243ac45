//! Cache keys: an explicit, labelled byte encoding hashed with blake3.
//!
//! Invariant: the key covers every input that shapes the machine code; each field is encoded
//! as `len(label) label len(value) value` so no two different field lists collide by
//! concatenation. Never derived from `#[derive(Hash)]`, whose output is not stable.

#[derive(Clone)]
pub struct CacheKey {
    hasher: blake3::Hasher,
}

impl Default for CacheKey {
    fn default() -> Self {
        Self::new()
    }
}

impl CacheKey {
    pub fn new() -> CacheKey {
        let mut hasher = blake3::Hasher::new();
        hasher.update(b"rjit-cache-key-v1");
        CacheKey { hasher }
    }

    pub fn field(&mut self, label: &str, value: &[u8]) -> &mut Self {
        self.hasher.update(&(label.len() as u32).to_le_bytes());
        self.hasher.update(label.as_bytes());
        self.hasher.update(&(value.len() as u64).to_le_bytes());
        self.hasher.update(value);
        self
    }

    pub fn digest(&self) -> [u8; 32] {
        *self.hasher.finalize().as_bytes()
    }

    pub fn hex(&self) -> String {
        self.hasher.finalize().to_hex().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_do_not_run_together() {
        let a = CacheKey::new().field("x", b"ab").field("y", b"c").hex();
        let b = CacheKey::new().field("x", b"a").field("y", b"bc").hex();
        assert_ne!(a, b);
        let c = CacheKey::new().field("x", b"ab").field("y", b"c").hex();
        assert_eq!(a, c);
    }
}
