//! Names and calls: LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD, STORE_ATTR, CALL (with KW_NAMES;
//! PRECALL's bound-method unpacking is done by the CALL helper, which is equivalent in 3.11).
//! Attribute instructions pass their own inline cache (`runtime::inline_cache`) to the helper.

use inkwell::basic_block::BasicBlock;
use inkwell::module::Linkage;
use inkwell::values::{IntValue, PointerValue};

use super::{Lower, R};
use crate::bytecode::{Instr, Opcode};
use crate::cpython as cp;
use crate::runtime::inline_cache::{
    ATTR_CACHE_DESCR, ATTR_CACHE_INDEX, ATTR_CACHE_KEYS, ATTR_CACHE_KIND, ATTR_CACHE_VERSION,
    ATTR_KIND_DICT_ONLY, ATTR_KIND_INSTANCE_VALUE, ATTR_KIND_METHOD_NO_DICT,
    ATTR_KIND_METHOD_VALUES, ATTR_KIND_MODULE, ATTR_KIND_SLOT, ENTRY_VALUE, GLOBAL_CACHE_BWORD,
    GLOBAL_CACHE_GWORD, GLOBAL_CACHE_OFFSET, INLINE_CACHE_BYTES,
};
use crate::tier0::profile::{AttrHint, CForm, CallHint, MethodHint};
use crate::tier0::state::{
    STATE_CALLS, STATE_DIRECT_ARGC, STATE_ENTRY, STATE_FRAME_WORDS, STATE_GENERATOR,
    STATE_NLOCALSPLUS, STATE_TABLE,
};

const _: () = assert!(INLINE_CACHE_BYTES == crate::tier0::state::INLINE_CACHE_BYTES);

impl<'ctx, 'a> Lower<'ctx, 'a> {
    pub(super) fn name_entry(&self, index: u32) -> R<inkwell::values::PointerValue<'ctx>> {
        self.table_entry(self.snap.nconsts + index)
    }

    /// LOAD_GLOBAL: `[NULL,] value` through the site's inline cache; on error nothing is pushed.
    /// A hit is checked inline with the guards of `runtime::inline_cache::GlobalCache`'s version
    /// mode (the globals' and for a builtin the builtins' `dk_version`, the entry's value);
    /// anything else calls `rjit_load_global`.
    pub(super) fn load_global(&mut self, ins: &Instr) -> R<bool> {
        let be = super::be;
        let cache = self.cache_of(ins)?;
        self.set_prev_instr(ins.offset)?;
        let slow = self.new_block("global_miss");
        let done = self.new_block("global_done");
        let cached = self.global_cached(cache, slow)?;
        self.incref(cached)?;
        let hit_end = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(slow);
        let name = self.name_entry(ins.arg >> 1)?;
        let looked_up = self.call_obj(
            "rjit_load_global",
            &[self.frame.into(), name.into(), cache.into()],
        )?;
        // Only the lookup can fail (NameError): tested before the paths join.
        self.null_check(looked_up, ins)?;
        let slow_end = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        let phi = self.b.build_phi(self.ptr, "global").map_err(be)?;
        phi.add_incoming(&[(&cached, hit_end), (&looked_up, slow_end)]);
        let v = phi.as_basic_value().into_pointer_value();
        let fuse = self.super_method_site(ins);
        if ins.arg & 1 == 1 {
            self.push(self.ptr.const_null())?;
        }
        self.push(v)?;
        if let Some((load_method, next)) = fuse {
            self.super_method(v, load_method, next)?;
        }
        Ok(true)
    }

    /// LOAD_GLOBAL's inline cache `cache` (filled by `rjit_load_global`) in version mode: the
    /// global's value, borrowed from the globals or builtins dict, with the builder left where
    /// the cache hit; a miss (keys mode included) branches to `slow`. As CPython's
    /// `LOAD_GLOBAL_MODULE`/`_BUILTIN`: exact dicts whose keys' header words (their
    /// `dk_version`s) are the cached ones, and the value re-read from its entry. Runs no code.
    pub(super) fn global_cached(
        &mut self,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let be = super::be;
        let dict_type = self.global("PyDict_Type");
        let globals = self.load_ptr(self.frame, cp::FRAME_GLOBALS)?;
        let gty = self.load_ptr(globals, cp::OB_TYPE)?;
        let exact = self.ptr_eq(gty, dict_type)?;
        self.guard(exact, slow, "globals_dict")?;
        let gkeys = self.load_ptr(globals, cp::DICT_KEYS)?;
        let gword = self.load_int(self.i64, gkeys, cp::DK_HEADER_WORD)?;
        let want = self.load_int(self.i64, cache, GLOBAL_CACHE_GWORD)?;
        let same = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, gword, want, "globals_version")
            .map_err(be)?;
        self.guard(same, slow, "globals_version")?;
        let offset = self.load_int(self.i64, cache, GLOBAL_CACHE_OFFSET)?;
        let bword_want = self.load_int(self.i64, cache, GLOBAL_CACHE_BWORD)?;
        let from_globals = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                bword_want,
                self.c64(0),
                "from_globals",
            )
            .map_err(be)?;
        let in_builtins = self.new_block("in_builtins");
        let hit = self.new_block("global_hit");
        let gend = self.here()?;
        self.b
            .build_conditional_branch(from_globals, hit, in_builtins)
            .map_err(be)?;
        // From builtins: the globals' key set (which lacks the name) unchanged, the builtins'
        // key set the cached one.
        self.b.position_at_end(in_builtins);
        let builtins = self.load_ptr(self.frame, cp::FRAME_BUILTINS)?;
        let bty = self.load_ptr(builtins, cp::OB_TYPE)?;
        let bexact = self.ptr_eq(bty, dict_type)?;
        self.guard(bexact, slow, "builtins_dict")?;
        let bkeys = self.load_ptr(builtins, cp::DICT_KEYS)?;
        let bword = self.load_int(self.i64, bkeys, cp::DK_HEADER_WORD)?;
        let bsame = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                bword,
                bword_want,
                "builtins_version",
            )
            .map_err(be)?;
        self.guard(bsame, slow, "builtins_version")?;
        let bend = self.here()?;
        self.b.build_unconditional_branch(hit).map_err(be)?;
        self.b.position_at_end(hit);
        let keys = self
            .phi(self.ptr, &[(gkeys, gend), (bkeys, bend)], "keys")?
            .into_pointer_value();
        let at = self
            .b
            .build_int_add(offset, self.c64(ENTRY_VALUE as u64), "value_at")
            .map_err(be)?;
        // The equal header word means the same key set and layout: `offset` is an entry's.
        let slot = self.gep_dyn(keys, at)?;
        let value = self
            .b
            .build_load(self.ptr, slot, "global")
            .map_err(be)?
            .into_pointer_value();
        let present = self.b.build_is_not_null(value, "present").map_err(be)?;
        self.guard(present, slow, "entry_value")?;
        Ok(value)
    }

    /// For `LOAD_GLOBAL (NULL + g); PRECALL 0; CALL 0; LOAD_METHOD name` in straight line
    /// (`super().name(...)` when `g` is `super`): the LOAD_METHOD and the instruction after it.
    /// Not while a borrowed or unboxed value is live (the fused path jumps over the three).
    fn super_method_site(&self, ins: &Instr) -> Option<(Instr, Instr)> {
        let at = |n| self.straight_after(ins, n).map(|i: &Instr| (i.op, i.arg));
        let shape = ins.arg & 1 == 1
            && at(1) == Some((Opcode::Precall, 0))
            && at(2) == Some((Opcode::Call, 0))
            && at(3).is_some_and(|(op, _)| op == Opcode::LoadMethod);
        if !shape || self.borrowed.contains(&true) || self.unboxed.contains(&true) {
            return None;
        }
        Some((*self.straight_after(ins, 3)?, *self.straight_after(ins, 4)?))
    }

    /// The fused path of `super_method_site`, just after LOAD_GLOBAL pushed `[NULL, g]`: when
    /// `g` is the builtin `super`, `rjit_super_method` finds `name` without making the super
    /// object and the slots get what LOAD_METHOD would have left (`[meth, self]` or
    /// `[NULL, attr]`), then control continues after the LOAD_METHOD. Otherwise, or when the
    /// helper declines, the three instructions run as usual.
    fn super_method(&mut self, g: PointerValue<'ctx>, load_method: Instr, next: Instr) -> R<()> {
        let be = super::be;
        let is_super = self.ptr_eq(g, self.global("PySuper_Type"))?;
        let fused = self.new_block("super_fused");
        let found = self.new_block("super_found");
        let normal = self.new_block("super_general");
        self.b
            .build_conditional_branch(is_super, fused, normal)
            .map_err(be)?;
        self.b.position_at_end(fused);
        let name = self.name_entry(load_method.arg)?;
        let out = self.scratch;
        let attr = self.call_obj(
            "rjit_super_method",
            &[self.frame.into(), name.into(), out.into()],
        )?;
        let declined = self.b.build_is_null(attr, "declined").map_err(be)?;
        self.b
            .build_conditional_branch(declined, normal, found)
            .map_err(be)?;
        self.b.position_at_end(found);
        let slf = self
            .b
            .build_load(self.ptr, out, "self")
            .map_err(be)?
            .into_pointer_value();
        let is_attr = self.b.build_is_null(slf, "is_attr").map_err(be)?;
        let lower = self
            .b
            .build_select(is_attr, self.ptr.const_null(), attr, "lo")
            .map_err(be)?;
        let upper = self.b.build_select(is_attr, attr, slf, "hi").map_err(be)?;
        self.decref(g)?;
        let d = self.depth;
        self.set_slot(d - 2, lower.into_pointer_value())?;
        self.set_slot(d - 1, upper.into_pointer_value())?;
        let after = self.block_at(next.start)?;
        self.b.build_unconditional_branch(after).map_err(be)?;
        self.b.position_at_end(normal);
        Ok(())
    }

    /// Address of `ins`'s inline cache.
    pub(super) fn cache_of(&self, ins: &Instr) -> R<inkwell::values::PointerValue<'ctx>> {
        let site = self.cache_sites.get(&ins.offset).ok_or_else(|| {
            super::be(format!(
                "{} at {} has no inline cache",
                ins.op.name(),
                ins.offset
            ))
        })?;
        self.gep(self.caches, *site as usize * INLINE_CACHE_BYTES)
    }

    /// LOAD_ATTR: `owner.name`, through the site's inline cache. An `INSTANCE_VALUE` hit
    /// (type version, instance values, value present) or a `SLOT` hit (type version, slot
    /// set) is read inline; anything else calls `rjit_load_attr`, which also fills the cache.
    /// The site's `AttrHint` leaves out the inline paths quickening did not see taken.
    pub(super) fn load_attr(&mut self, ins: &Instr) -> R<bool> {
        let be = super::be;
        let name = self.name_entry(ins.arg)?;
        let cache = self.cache_of(ins)?;
        let (owner, owner_borrowed) = self.pop_operand()?;
        self.set_prev_instr(ins.offset)?;
        let slow = self.new_block("attr_miss");
        let done = self.new_block("attr_done");
        let hint = self.snap.hints.attr(ins.offset);
        if hint == AttrHint::Module {
            // `module.name`: the module path inline, the helper for everything else.
            let v = self.module_attr(owner, name, cache, slow)?;
            self.incref(v)?;
            let hit = (v, self.here()?);
            self.b.build_unconditional_branch(done).map_err(be)?;
            return self.attr_helper_and_push(
                ins,
                (owner, owner_borrowed),
                [name, cache],
                [slow, done],
                vec![hit],
            );
        }
        if hint == AttrHint::Other {
            // Quickening found no instance attribute here: the helper serves every kind.
            self.b.build_unconditional_branch(slow).map_err(be)?;
            return self.attr_helper_and_push(
                ins,
                (owner, owner_borrowed),
                [name, cache],
                [slow, done],
                vec![],
            );
        }
        let hits = self.instance_attr_hits(owner, [name, cache], hint, [slow, done])?;
        self.attr_helper_and_push(
            ins,
            (owner, owner_borrowed),
            [name, cache],
            [slow, done],
            hits,
        )
    }

    /// The inline paths of a LOAD_ATTR of an instance's own attribute (`hint` not `Module` or
    /// `Other`): an object slot, the instance's values, its dict at the cached hint. Each hit
    /// is a new reference branching to `done`, returned with the block it branched from; a
    /// miss branches to `slow`. Runs no code.
    pub(super) fn instance_attr_hits(
        &mut self,
        owner: PointerValue<'ctx>,
        [name, cache]: [PointerValue<'ctx>; 2],
        hint: AttrHint,
        [slow, done]: [BasicBlock<'ctx>; 2],
    ) -> R<Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>> {
        let be = super::be;
        let (slot_hit, values_kind) = self.slot_kind(cache, hint != AttrHint::Instance)?;
        self.b.position_at_end(slot_hit);
        let slot = self.object_slot(owner, cache, slow)?;
        let sv = self
            .b
            .build_load(self.ptr, slot, "slot_value")
            .map_err(be)?
            .into_pointer_value();
        let set = self.b.build_is_not_null(sv, "set").map_err(be)?;
        self.guard(set, slow, "slot_hit")?;
        self.incref(sv)?;
        let slot_end = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(values_kind);
        if hint == AttrHint::Slot {
            self.b.build_unconditional_branch(slow).map_err(be)?;
            self.b.position_at_end(self.new_block("attr_values_unused"));
        }
        let [values_hit, dict_hit] = self.instance_attr(owner, name, cache, slow, done)?;
        Ok(vec![values_hit, (sv, slot_end), dict_hit])
    }

    /// The end of every `LOAD_ATTR`: in `slow`, `rjit_load_attr` (the helper serves every
    /// kind); in `done`, the value from it or from one of the inline `hits` (each a new
    /// reference and the block that branched to `done`), the owner released and the value
    /// pushed. Only the helper can fail, so its result alone is tested for NULL, before the
    /// paths join: the hits, which are never NULL, do not test it again.
    fn attr_helper_and_push(
        &mut self,
        ins: &Instr,
        (owner, owner_borrowed): (PointerValue<'ctx>, bool),
        [name, cache]: [PointerValue<'ctx>; 2],
        [slow, done]: [BasicBlock<'ctx>; 2],
        mut hits: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<bool> {
        let be = super::be;
        self.b.position_at_end(slow);
        let res = self.call_obj("rjit_load_attr", &[owner.into(), name.into(), cache.into()])?;
        hits.push((res, self.here()?));
        let failed = self.new_block("attr_failed");
        let null = self.b.build_is_null(res, "attr_null").map_err(be)?;
        self.branch_expecting(null, failed, done, false)?;
        self.b.position_at_end(failed);
        self.release(owner, owner_borrowed)?;
        self.b
            .build_unconditional_branch(self.error_block(ins)?)
            .map_err(be)?;
        self.b.position_at_end(done);
        let res = self.phi(self.ptr, &hits, "attr")?.into_pointer_value();
        self.release(owner, owner_borrowed)?;
        self.push(res)?;
        Ok(true)
    }

    /// An `INSTANCE_VALUE` or `DICT_ONLY` cache's hit for a load (`values_or_dict`): the value
    /// in the instance's values at the cached index, or at the dict hint
    /// (`dict_hint_value`), each a new reference branching to `done`: returns (value, the
    /// block that branched) for both; a failed guard branches to `slow`.
    fn instance_attr(
        &self,
        owner: PointerValue<'ctx>,
        name: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
        done: BasicBlock<'ctx>,
    ) -> R<[(PointerValue<'ctx>, BasicBlock<'ctx>); 2]> {
        let be = super::be;
        let (values, in_dict) = self.values_or_dict(owner, cache, slow)?;
        let index = self.load_int(self.i64, cache, ATTR_CACHE_INDEX)?;
        let off = self
            .b
            .build_int_mul(index, self.c64(8), "off")
            .map_err(be)?;
        let slot = self.gep_dyn(values, off)?;
        let v = self
            .b
            .build_load(self.ptr, slot, "attr")
            .map_err(be)?
            .into_pointer_value();
        let present = self.b.build_is_not_null(v, "present").map_err(be)?;
        self.guard(present, slow, "attr_hit")?;
        self.incref(v)?;
        let hit_end = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(in_dict);
        let dv = self.dict_hint_value(owner, name, cache, slow)?;
        self.incref(dv)?;
        let dict_end = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        Ok([(v, hit_end), (dv, dict_end)])
    }

    /// A `MODULE` attribute cache's hit, with the guards of `runtime::inline_cache::module_hit`:
    /// the kind, an exact module, its dict's keys object the cached one with the same index
    /// size (so the cached entry address is the entry at the cached index), the entry's key
    /// `name` and its value set. Returns the value, borrowed; else branches to `slow`.
    pub(super) fn module_attr(
        &self,
        owner: PointerValue<'ctx>,
        name: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let be = super::be;
        let i16 = self.ctx.i16_type();
        let kind = self.load_int(i16, cache, ATTR_CACHE_KIND)?;
        let is_module_kind = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                kind,
                i16.const_int(ATTR_KIND_MODULE as u64, false),
                "module_kind",
            )
            .map_err(be)?;
        self.guard(is_module_kind, slow, "module_kind")?;
        let tp = self.load_ptr(owner, cp::OB_TYPE)?;
        let exact = self.ptr_eq(tp, self.global("PyModule_Type"))?;
        self.guard(exact, slow, "exact_module")?;
        let dict = self.load_ptr(owner, cp::MODULE_MD_DICT)?;
        let has_dict = self.b.build_is_not_null(dict, "has_dict").map_err(be)?;
        self.guard(has_dict, slow, "module_dict")?;
        let keys = self.load_ptr(dict, cp::DICT_KEYS)?;
        let want = self.load_ptr(cache, ATTR_CACHE_KEYS)?;
        let same = self.ptr_eq(keys, want)?;
        self.guard(same, slow, "module_keys")?;
        let log2 = self.load_int(self.ctx.i8_type(), keys, cp::DK_LOG2_INDEX_BYTES)?;
        let log2 = self
            .b
            .build_int_z_extend(log2, self.i64, "log2")
            .map_err(be)?;
        let index = self.load_int(self.i64, cache, ATTR_CACHE_INDEX)?;
        let want_log2 = self
            .b
            .build_right_shift(index, self.c64(32), false, "want_log2")
            .map_err(be)?;
        let same_size = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, log2, want_log2, "same_size")
            .map_err(be)?;
        self.guard(same_size, slow, "module_index_size")?;
        let entry = self.load_ptr(cache, ATTR_CACHE_DESCR)?;
        let key = self.load_ptr(entry, 0)?;
        let same_key = self.ptr_eq(key, name)?;
        self.guard(same_key, slow, "module_entry")?;
        let v = self.load_ptr(entry, 8)?;
        let set = self.b.build_is_not_null(v, "set").map_err(be)?;
        self.guard(set, slow, "module_value")?;
        Ok(v)
    }

    /// Branch on whether the attribute cache is of the `SLOT` kind: returns (the block for a
    /// slot cache, the block for any other kind), the builder left nowhere. Without `keep_slot`
    /// the branch goes to the other kinds only (the slot block is left unreachable).
    fn slot_kind(
        &self,
        cache: PointerValue<'ctx>,
        keep_slot: bool,
    ) -> R<(BasicBlock<'ctx>, BasicBlock<'ctx>)> {
        if !keep_slot {
            let other = self.new_block("attr_other");
            self.b
                .build_unconditional_branch(other)
                .map_err(super::be)?;
            return Ok((self.new_block("attr_slot_unused"), other));
        }
        let kind = self.load_int(self.ctx.i16_type(), cache, ATTR_CACHE_KIND)?;
        let is_slot = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                kind,
                self.ctx.i16_type().const_int(ATTR_KIND_SLOT as u64, false),
                "is_slot",
            )
            .map_err(super::be)?;
        let slot = self.new_block("attr_slot");
        let other = self.new_block("attr_other");
        self.b
            .build_conditional_branch(is_slot, slot, other)
            .map_err(super::be)?;
        Ok((slot, other))
    }

    /// The guard of a `SLOT` attribute cache: `owner`'s type has the cached version tag.
    /// Returns the address of the slot (`owner` + the cached byte offset); else `slow`.
    fn object_slot(
        &self,
        owner: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        self.type_version_guard(owner, cache, slow)?;
        let offset = self.load_int(self.i64, cache, ATTR_CACHE_INDEX)?;
        self.gep_dyn(owner, offset)
    }

    /// The guard of an `INSTANCE_VALUE` attribute cache (`runtime::inline_cache::AttrCache`):
    /// the cache is of that kind, `owner`'s type has the cached version tag and `owner` has
    /// its instance values (no materialised dict). Returns the values array; else `slow`.
    fn instance_values(
        &self,
        owner: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let be = super::be;
        let kind = self.load_int(self.ctx.i16_type(), cache, ATTR_CACHE_KIND)?;
        let is_values = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                kind,
                self.ctx
                    .i16_type()
                    .const_int(ATTR_KIND_INSTANCE_VALUE as u64, false),
                "is_values",
            )
            .map_err(be)?;
        self.guard(is_values, slow, "attr_kind")?;
        self.type_version_guard(owner, cache, slow)?;
        let values = self.load_ptr_signed(owner, cp::MANAGED_VALUES)?;
        let has = self.b.build_is_not_null(values, "has_values").map_err(be)?;
        self.guard(has, slow, "has_values")?;
        Ok(values)
    }

    /// The guards of an `INSTANCE_VALUE` or `DICT_ONLY` attribute cache for a load: the kind,
    /// `owner`'s type version, then where the attribute can be. Returns `owner`'s values array
    /// (the builder is left in the block where an `INSTANCE_VALUE` cache may read it) and the
    /// block for an owner whose values became a dict (`dict_hint_value`); else `slow`.
    fn values_or_dict(
        &self,
        owner: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<(PointerValue<'ctx>, BasicBlock<'ctx>)> {
        let be = super::be;
        let i16 = self.ctx.i16_type();
        let kind = self.load_int(i16, cache, ATTR_CACHE_KIND)?;
        let eq = |v: u16, name| {
            self.b
                .build_int_compare(
                    inkwell::IntPredicate::EQ,
                    kind,
                    i16.const_int(v as u64, false),
                    name,
                )
                .map_err(be)
        };
        let is_values = eq(ATTR_KIND_INSTANCE_VALUE, "is_values")?;
        let dict_only = eq(ATTR_KIND_DICT_ONLY, "dict_only")?;
        let either = self
            .b
            .build_or(is_values, dict_only, "kind_ok")
            .map_err(be)?;
        self.guard(either, slow, "attr_kind")?;
        self.type_version_guard(owner, cache, slow)?;
        let values = self.load_ptr_signed(owner, cp::MANAGED_VALUES)?;
        let has = self.b.build_is_not_null(values, "has_values").map_err(be)?;
        let in_values = self.new_block("in_values");
        let in_dict = self.new_block("in_dict");
        self.branch_expecting(has, in_values, in_dict, true)?;
        self.b.position_at_end(in_values);
        // Values but a DICT_ONLY cache: the instance has no such attribute (generic path).
        self.guard(is_values, slow, "values_kind")?;
        Ok((values, in_dict))
    }

    /// 3.11's `LOAD_ATTR_WITH_HINT` for an owner whose values became a dict (the type guard
    /// has passed, so nothing on the type shadows the name): the dict's entry at the cached
    /// hint (`AttrCache::keys`, kept by `rjit_load_attr`) holds `name` and a value. Returns the
    /// value, borrowed; else `slow`.
    fn dict_hint_value(
        &self,
        owner: PointerValue<'ctx>,
        name: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let be = super::be;
        let dict = self.load_ptr_signed(owner, cp::MANAGED_DICT)?;
        let has_dict = self.b.build_is_not_null(dict, "has_dict").map_err(be)?;
        self.guard(has_dict, slow, "has_dict")?;
        let keys = self.load_ptr(dict, cp::DICT_KEYS)?;
        let i8t = self.ctx.i8_type();
        let kind = self.load_int(i8t, keys, cp::DK_KIND)?;
        let unicode = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, kind, i8t.const_zero(), "unicode")
            .map_err(be)?;
        self.guard(unicode, slow, "unicode_keys")?;
        let hint = self.load_int(self.i64, cache, ATTR_CACHE_KEYS)?;
        let used = self.load_int(self.i64, keys, cp::DK_NENTRIES)?;
        let inside = self
            .b
            .build_int_compare(inkwell::IntPredicate::ULT, hint, used, "hint_inside")
            .map_err(be)?;
        self.guard(inside, slow, "hint_inside")?;
        let log2 = self.load_int(i8t, keys, cp::DK_LOG2_INDEX_BYTES)?;
        let log2 = self
            .b
            .build_int_z_extend(log2, self.i64, "log2")
            .map_err(be)?;
        let index_bytes = self
            .b
            .build_left_shift(self.c64(1), log2, "index_bytes")
            .map_err(be)?;
        let entry_off = self
            .b
            .build_int_mul(hint, self.c64(16), "entry_off")
            .map_err(be)?;
        let off = self
            .b
            .build_int_add(index_bytes, entry_off, "off")
            .map_err(be)?;
        let off = self
            .b
            .build_int_add(off, self.c64(cp::DK_INDICES as u64), "off")
            .map_err(be)?;
        let entry = self.gep_dyn(keys, off)?;
        let key = self.load_ptr(entry, 0)?;
        let same = self.ptr_eq(key, name)?;
        self.guard(same, slow, "hint_key")?;
        // A split dict keeps its values in `ma_values`, a combined one in the entry.
        let split = self.load_ptr(dict, cp::DICT_VALUES)?;
        let combined = self.b.build_is_null(split, "combined").map_err(be)?;
        let in_entry = self.gep(entry, 8)?;
        let value_off = self
            .b
            .build_int_mul(hint, self.c64(8), "value_off")
            .map_err(be)?;
        let in_split = self.gep_dyn(split, value_off)?;
        let at = self
            .b
            .build_select(combined, in_entry, in_split, "value_at")
            .map_err(be)?
            .into_pointer_value();
        let v = self
            .b
            .build_load(self.ptr, at, "dict_value")
            .map_err(be)?
            .into_pointer_value();
        let present = self.b.build_is_not_null(v, "present").map_err(be)?;
        self.guard(present, slow, "dict_hit")?;
        Ok(v)
    }

    /// `Py_TYPE(obj)->tp_version_tag == cache->version`, else `slow`.
    fn type_version_guard(
        &self,
        obj: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<PointerValue<'ctx>> {
        let tp = self.load_ptr(obj, cp::OB_TYPE)?;
        let version = self.load_int(self.i32, tp, cp::TYPE_VERSION_TAG)?;
        let want = self.load_int(self.i32, cache, ATTR_CACHE_VERSION)?;
        let same = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, version, want, "same_version")
            .map_err(super::be)?;
        self.guard(same, slow, "type_version")?;
        Ok(tp)
    }

    /// `*(base + off)` for a negative offset (fields before an object's header).
    fn load_ptr_signed(&self, base: PointerValue<'ctx>, off: i64) -> R<PointerValue<'ctx>> {
        let p = self.gep_signed(base, off)?;
        Ok(self
            .b
            .build_load(self.ptr, p, "p")
            .map_err(super::be)?
            .into_pointer_value())
    }

    /// LOAD_METHOD: `meth, self` when an unbound method was found, else `NULL, attr`. A
    /// `METHOD_NO_DICT` or `METHOD_VALUES` hit is checked inline (the guards of
    /// `rjit_load_method`), and, unless quickening found a method here (`MethodHint`), an
    /// attribute of the instance itself (`self.write(data)` after `self.write = f.write`: an
    /// `INSTANCE_VALUE` hit or the dict hint, as LOAD_ATTR reads them); where quickening saw
    /// `LOAD_METHOD_MODULE` (`os.path.join(...)`), only the module path, inline; anything else
    /// calls it.
    pub(super) fn load_method(&mut self, ins: &Instr) -> R<bool> {
        let be = super::be;
        let name = self.name_entry(ins.arg)?;
        let cache = self.cache_of(ins)?;
        let obj = self.peek_at(self.depth - 1)?;
        self.set_prev_instr(ins.offset)?;
        let slow = self.new_block("method_miss");
        let done = self.new_block("method_done");
        let (meth, found) = if self.snap.hints.method(ins.offset) == MethodHint::Module {
            // `module.f(...)` where quickening saw LOAD_METHOD_MODULE: the module path inline
            // (LOAD_ATTR's), the helper for everything else. Not a method: `NULL, f`.
            let v = self.module_attr(obj, name, cache, slow)?;
            self.incref(v)?;
            let hit_end = self.here()?;
            self.b.build_unconditional_branch(done).map_err(be)?;
            let (meth, found, slow_end) = self.method_helper(obj, name, cache, slow, done)?;
            self.b.position_at_end(done);
            let meth = self.phi(self.ptr, &[(v, hit_end), (meth, slow_end)], "meth")?;
            let found = self.phi(
                self.i32,
                &[(self.c32(0), hit_end), (found, slow_end)],
                "found",
            )?;
            (meth.into_pointer_value(), found.into_int_value())
        } else {
            let own_attr = self.snap.hints.method(ins.offset) != MethodHint::Method;
            let attr_kinds = if own_attr {
                self.new_block("method_attr")
            } else {
                slow
            };
            let descr = self.method_hit(obj, cache, [slow, attr_kinds])?;
            self.incref(descr)?;
            let hit_end = self.here()?;
            self.b.build_unconditional_branch(done).map_err(be)?;
            // The instance's own attribute: `NULL, attr`.
            let mut attrs: Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)> = Vec::new();
            if own_attr {
                self.b.position_at_end(attr_kinds);
                attrs.extend(self.instance_attr(obj, name, cache, slow, done)?);
            }
            let (meth, found, slow_end) = self.method_helper(obj, name, cache, slow, done)?;
            self.b.position_at_end(done);
            let phi_m = self.b.build_phi(self.ptr, "meth").map_err(be)?;
            phi_m.add_incoming(&[(&descr, hit_end), (&meth, slow_end)]);
            let phi_f = self.b.build_phi(self.i32, "found").map_err(be)?;
            phi_f.add_incoming(&[(&self.c32(1), hit_end), (&found, slow_end)]);
            for (v, bb) in &attrs {
                phi_m.add_incoming(&[(v, *bb)]);
                phi_f.add_incoming(&[(&self.c32(0), *bb)]);
            }
            let meth = phi_m.as_basic_value().into_pointer_value();
            let found = phi_f.as_basic_value().into_int_value();
            (meth, found)
        };
        self.null_check(meth, ins)?;
        // found: [meth, obj]; not found: [NULL, meth] and obj released.
        let is_found = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, found, self.c32(0), "found")
            .map_err(be)?;
        let lower_slot = self
            .b
            .build_select(is_found, meth, self.ptr.const_null(), "lo")
            .map_err(be)?;
        let upper_slot = self.b.build_select(is_found, obj, meth, "hi").map_err(be)?;
        let d = self.depth;
        self.set_slot(d - 1, lower_slot.into_pointer_value())?;
        self.set_slot(d, upper_slot.into_pointer_value())?;
        self.depth = d + 1;
        let rel = self.new_block("release_obj");
        let cont = self.new_block("cont");
        self.b
            .build_conditional_branch(is_found, cont, rel)
            .map_err(be)?;
        self.b.position_at_end(rel);
        self.decref(obj)?;
        self.b.build_unconditional_branch(cont).map_err(be)?;
        self.b.position_at_end(cont);
        Ok(true)
    }

    /// The inline paths of a LOAD_METHOD that finds a method of the class: a `METHOD_NO_DICT`
    /// entry, or a `METHOD_VALUES` one with no instance dict and the cached shared keys (no
    /// instance attribute of that name). Returns the method, borrowed from the site, with the
    /// builder at the hit; a miss branches to `slow`, an entry of another kind to `other`. Runs
    /// no code.
    pub(super) fn method_hit(
        &mut self,
        obj: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        [slow, other]: [BasicBlock<'ctx>; 2],
    ) -> R<PointerValue<'ctx>> {
        let be = super::be;
        let tp = self.type_version_guard(obj, cache, slow)?;
        let kind = self.load_int(self.ctx.i16_type(), cache, ATTR_CACHE_KIND)?;
        let k = |v: u16| self.ctx.i16_type().const_int(v as u64, false);
        let no_dict = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                kind,
                k(ATTR_KIND_METHOD_NO_DICT),
                "nd",
            )
            .map_err(be)?;
        let hit = self.new_block("method_hit");
        let values_kind = self.new_block("method_values");
        self.b
            .build_conditional_branch(no_dict, hit, values_kind)
            .map_err(be)?;
        self.b.position_at_end(values_kind);
        let is_values = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                kind,
                k(ATTR_KIND_METHOD_VALUES),
                "mv",
            )
            .map_err(be)?;
        self.guard(is_values, other, "method_values_kind")?;
        let dict = self.load_ptr_signed(obj, cp::MANAGED_DICT)?;
        let no_dict_obj = self.b.build_is_null(dict, "no_dict").map_err(be)?;
        self.guard(no_dict_obj, slow, "no_instance_dict")?;
        let keys = self.load_ptr(tp, cp::HEAPTYPE_CACHED_KEYS)?;
        let want_keys = self.load_ptr(cache, ATTR_CACHE_KEYS)?;
        let same_keys = self.ptr_eq(keys, want_keys)?;
        self.guard(same_keys, slow, "same_keys")?;
        let n = self.load_int(self.i64, keys, cp::DK_NENTRIES)?;
        let want_n = self.load_int(self.i64, cache, ATTR_CACHE_INDEX)?;
        let same_n = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, n, want_n, "same_n")
            .map_err(be)?;
        self.b
            .build_conditional_branch(same_n, hit, slow)
            .map_err(be)?;
        self.b.position_at_end(hit);
        self.load_ptr(cache, ATTR_CACHE_DESCR)
    }

    /// LOAD_METHOD's general path, in `slow`: `rjit_load_method`, then a branch to `done`.
    /// Returns the method or attribute (new reference, or NULL with an exception set), whether
    /// it is a method (`i32`, nonzero: call it with `obj`), and the block that branched.
    fn method_helper(
        &self,
        obj: PointerValue<'ctx>,
        name: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
        done: BasicBlock<'ctx>,
    ) -> R<(PointerValue<'ctx>, IntValue<'ctx>, BasicBlock<'ctx>)> {
        let be = super::be;
        self.b.position_at_end(slow);
        let out = self.scratch;
        self.b.build_store(out, self.ptr.const_null()).map_err(be)?;
        let found = self
            .call(
                "rjit_load_method",
                Some(self.i32.into()),
                &[obj.into(), name.into(), out.into(), cache.into()],
            )?
            .into_int_value();
        let meth = self
            .b
            .build_load(self.ptr, out, "m")
            .map_err(be)?
            .into_pointer_value();
        let slow_end = self.here()?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        Ok((meth, found, slow_end))
    }

    /// STORE_ATTR: `owner.name = value` (TOS is owner); consumes both. An `INSTANCE_VALUE`
    /// hit replacing a present value is done inline (as STORE_ATTR_INSTANCE_VALUE); anything
    /// else (including a first assignment, which records insertion order) calls
    /// `rjit_store_attr`.
    /// The inline paths of a STORE_ATTR that replaces an instance's own attribute (a slot, or
    /// a value already in its values): the address the new value goes to and the old value
    /// there (NULL for an unset slot), the builder left where both paths meet. A miss, and a
    /// first assignment into the values (which also records the insertion order), branch to
    /// `slow`. Runs no code and stores nothing.
    pub(super) fn instance_attr_place(
        &mut self,
        owner: PointerValue<'ctx>,
        cache: PointerValue<'ctx>,
        slow: BasicBlock<'ctx>,
    ) -> R<(PointerValue<'ctx>, PointerValue<'ctx>)> {
        let be = super::be;
        let found = self.new_block("attr_place");
        let (slot_hit, values_kind) = self.slot_kind(cache, true)?;
        self.b.position_at_end(slot_hit);
        let slot = self.object_slot(owner, cache, slow)?;
        let slot_old = self
            .b
            .build_load(self.ptr, slot, "old")
            .map_err(be)?
            .into_pointer_value();
        let slot_end = self.here()?;
        self.b.build_unconditional_branch(found).map_err(be)?;
        self.b.position_at_end(values_kind);
        let values = self.instance_values(owner, cache, slow)?;
        let index = self.load_int(self.i64, cache, ATTR_CACHE_INDEX)?;
        let off = self
            .b
            .build_int_mul(index, self.c64(8), "off")
            .map_err(be)?;
        let value_slot = self.gep_dyn(values, off)?;
        let value_old = self
            .b
            .build_load(self.ptr, value_slot, "old")
            .map_err(be)?
            .into_pointer_value();
        let present = self.b.build_is_not_null(value_old, "present").map_err(be)?;
        self.guard(present, slow, "attr_replaced")?;
        let values_end = self.here()?;
        self.b.build_unconditional_branch(found).map_err(be)?;
        self.b.position_at_end(found);
        let place = self.phi(
            self.ptr,
            &[(slot, slot_end), (value_slot, values_end)],
            "place",
        )?;
        let old = self.phi(
            self.ptr,
            &[(slot_old, slot_end), (value_old, values_end)],
            "old",
        )?;
        Ok((place.into_pointer_value(), old.into_pointer_value()))
    }

    pub(super) fn store_attr(&mut self, ins: &Instr) -> R<bool> {
        let be = super::be;
        let name = self.name_entry(ins.arg)?;
        let cache = self.cache_of(ins)?;
        let (owner, owner_borrowed) = self.pop_operand()?;
        let value = self.pop()?;
        self.set_prev_instr(ins.offset)?;
        let slow = self.new_block("store_attr_miss");
        let done = self.new_block("store_attr_done");
        // A slot: store, then release the old value (which may be NULL), as STORE_ATTR_SLOT.
        let (slot_hit, values_kind) = self.slot_kind(cache, true)?;
        self.b.position_at_end(slot_hit);
        let slot = self.object_slot(owner, cache, slow)?;
        let old = self
            .b
            .build_load(self.ptr, slot, "old")
            .map_err(be)?
            .into_pointer_value();
        self.b.build_store(slot, value).map_err(be)?;
        self.xdecref(old)?;
        self.release(owner, owner_borrowed)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(values_kind);
        let values = self.instance_values(owner, cache, slow)?;
        let index = self.load_int(self.i64, cache, ATTR_CACHE_INDEX)?;
        let off = self
            .b
            .build_int_mul(index, self.c64(8), "off")
            .map_err(be)?;
        let slot = self.gep_dyn(values, off)?;
        let old = self
            .b
            .build_load(self.ptr, slot, "old")
            .map_err(be)?
            .into_pointer_value();
        self.b.build_store(slot, value).map_err(be)?;
        let present = self.b.build_is_not_null(old, "present").map_err(be)?;
        let replaced = self.new_block("store_attr_replaced");
        let first = self.new_block("store_attr_first");
        self.b
            .build_conditional_branch(present, replaced, first)
            .map_err(be)?;
        self.b.position_at_end(replaced);
        self.decref(old)?;
        self.release(owner, owner_borrowed)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        // A first assignment also records the insertion order
        // (`_PyDictValues_AddToInsertionOrder`): count += 1; order[-count] = index.
        self.b.position_at_end(first);
        let count_p = self.gep_signed(values, cp::VALUES_ORDER_COUNT)?;
        let i8t = self.ctx.i8_type();
        let count = self
            .b
            .build_load(i8t, count_p, "order_count")
            .map_err(be)?
            .into_int_value();
        let count = self
            .b
            .build_int_z_extend(count, self.i64, "count64")
            .map_err(be)?;
        let count = self
            .b
            .build_int_add(count, self.c64(1), "count1")
            .map_err(be)?;
        let back = self.b.build_int_neg(count, "back").map_err(be)?;
        let order_p = self.gep_dyn(count_p, back)?;
        let ix = self.b.build_int_truncate(index, i8t, "ix8").map_err(be)?;
        self.b.build_store(order_p, ix).map_err(be)?;
        let count8 = self
            .b
            .build_int_truncate(count, i8t, "count8")
            .map_err(be)?;
        self.b.build_store(count_p, count8).map_err(be)?;
        self.release(owner, owner_borrowed)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(slow);
        if owner_borrowed {
            // rjit_store_attr consumes the owner.
            self.incref(owner)?;
        }
        let r = self
            .call(
                "rjit_store_attr",
                Some(self.i32.into()),
                &[owner.into(), name.into(), value.into(), cache.into()],
            )?
            .into_int_value();
        self.neg_check(r, ins)?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        Ok(true)
    }

    /// CALL n: the callable pair and the arguments are spilled to the frame's own stack slots
    /// (where the interpreter keeps them). Without keywords the call first tries the inline
    /// routes the site's hint (`tier0::profile::CallHint`) names: intrinsics, C entries, the
    /// direct route (`direct_call`); otherwise, and whenever a guard fails, `rjit_call`
    /// consumes them.
    pub(super) fn call_op(&mut self, ins: &Instr) -> R<bool> {
        let n = ins.arg;
        let math = self.math_call(ins)?;
        let base = self.depth - n - 2;
        for k in base..self.depth {
            let v = self.peek_at(k)?;
            let p = self.frame_stack_ptr(k)?;
            self.b.build_store(p, v).map_err(super::be)?;
        }
        let kwnames = match self.kwnames.take() {
            Some(ci) => Some(self.table_entry(ci)?),
            None => None,
        };
        self.set_prev_instr(ins.offset)?;
        let args = self.frame_stack_ptr(base)?;
        let general = |l: &Self, kw: PointerValue<'ctx>| {
            l.call_obj(
                "rjit_call",
                &[
                    l.tstate.into(),
                    args.into(),
                    l.c32(n as i64).into(),
                    kw.into(),
                ],
            )
        };
        // The routes inline: those CPython's quickening saw this site take, or all of them
        // without feedback; the general route takes whatever else comes.
        let hint = self.snap.hints.call(ins.offset);
        let all = hint == CallHint::Unknown;
        let res = match kwnames {
            Some(kw) => general(self, kw)?,
            None => {
                let slow = self.new_block("call_general");
                let done = self.new_block("call_done");
                let mut incoming = if all || hint.is_intrinsic() {
                    self.intrinsic_calls(base, n, hint, done)?
                } else {
                    Vec::new()
                };
                if n == 2 && (all || hint == CallHint::General) {
                    // 3.11 does not specialise `min`/`max` (`PRECALL_ADAPTIVE`): a general site
                    // may be one.
                    self.min_max_call(base, done, &mut incoming)?;
                }
                if let Some((bb, r)) = math {
                    // The math result, made before the arguments were spilled.
                    self.link_math_result(bb, r, done, &mut incoming)?;
                }
                match hint {
                    CallHint::Unknown => self.c_calls(base, n, None, done, &mut incoming)?,
                    CallHint::C(form) => self.c_calls(base, n, Some(form), done, &mut incoming)?,
                    _ => {}
                }
                if hint == CallHint::BuiltinClass {
                    self.class_vectorcall(base, n, done, &mut incoming)?;
                }
                if all || hint == CallHint::Python {
                    let direct = self.direct_call(base, n, slow)?;
                    incoming.push((direct, self.here()?));
                    self.b.build_unconditional_branch(done).map_err(super::be)?;
                } else {
                    self.b.build_unconditional_branch(slow).map_err(super::be)?;
                }
                self.b.position_at_end(slow);
                let general = general(self, self.ptr.const_null())?;
                incoming.push((general, self.here()?));
                self.b.build_unconditional_branch(done).map_err(super::be)?;
                self.b.position_at_end(done);
                let phi = self.b.build_phi(self.ptr, "res").map_err(super::be)?;
                for (v, bb) in &incoming {
                    phi.add_incoming(&[(v, *bb)]);
                }
                phi.as_basic_value().into_pointer_value()
            }
        };
        self.depth = base;
        self.null_check(res, ins)?;
        self.push(res)?;
        self.after_call(ins)?;
        Ok(true)
    }

    /// A call whose one argument a numeric instruction left unboxed (`compare::unboxed_result`,
    /// at sites `may_call_math` allows): if the callable is one of the `math` functions rjit
    /// knows (a builtin function, then `rjit_math_1`; `[NULL, f]`) and the argument a float or
    /// compact int, the function is computed on the value and
    /// the result boxed, with CPython's result; anything else (or an argument `math_1` would
    /// raise on) makes the argument an object and takes the call's other routes. Returns the
    /// block that holds the math result and the result (NULL if boxing failed), to be joined
    /// with the other routes' results (`link_math_result`); the builder is left on the
    /// other routes' path, with the argument back on the stack as an object.
    fn math_call(&mut self, ins: &Instr) -> R<Option<(BasicBlock<'ctx>, PointerValue<'ctx>)>> {
        let be = super::be;
        let top = self
            .depth
            .checked_sub(1)
            .ok_or_else(|| super::be("stack underflow"))?;
        if ins.arg != 1 || self.kwnames.is_some() || !self.unboxed[top as usize] {
            return Ok(None);
        }
        let arg = self.pop_value()?;
        let hi = self.peek_at(self.depth - 1)?;
        let lo = self.peek_at(self.depth - 2)?;
        self.set_prev_instr(ins.offset)?;
        let other = self.new_block("not_math");
        // Only a builtin function of the `math` module can be one of them: anything else (a
        // bound builtin method, `lst.pop(0)`) skips the helper.
        let builtin = self.new_block("maybe_math_module");
        let of_math = self.new_block("maybe_math");
        let tp = self.load_ptr(hi, cp::OB_TYPE)?;
        let is_builtin = self.ptr_eq(tp, self.global("PyCFunction_Type"))?;
        self.branch_expecting(is_builtin, builtin, other, true)?;
        self.b.position_at_end(builtin);
        let owner = self.load_ptr(hi, cp::CFUNCTION_SELF)?;
        let math = self.load_ptr(self.global("rjit_math_module"), 0)?;
        let is_math = self.ptr_eq(owner, math)?;
        self.branch_expecting(is_math, of_math, other, true)?;
        self.b.position_at_end(of_math);
        let view = self.operand_view(arg, other)?;
        let is_int = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                view.kind,
                self.ctx.i8_type().const_int(super::UNBOXED_INT, false),
                "is_int",
            )
            .map_err(be)?;
        let f64t = self.ctx.f64_type();
        let as_float = self
            .b
            .build_signed_int_to_float(view.i, f64t, "itof")
            .map_err(be)?;
        let x = self
            .b
            .build_select(is_int, as_float, view.f, "x")
            .map_err(be)?;
        let out = self.fscratch;
        let ok = self
            .call(
                "rjit_math_1",
                Some(self.i32.into()),
                &[lo.into(), hi.into(), x.into(), out.into()],
            )?
            .into_int_value();
        let computed = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, ok, self.c32(0), "computed")
            .map_err(be)?;
        let fast = self.new_block("math");
        self.branch_expecting(computed, fast, other, true)?;
        self.b.position_at_end(fast);
        let r = self.b.build_load(f64t, out, "r").map_err(be)?;
        let res = self.call_obj("PyFloat_FromDouble", &[r.into()])?;
        // CALL consumes the callable (`lo` is NULL) and the argument.
        self.release_operand(arg)?;
        self.decref(hi)?;
        let math_bb = self.here()?;
        self.b.position_at_end(other);
        let obj = self.materialize(ins, arg, &[arg])?;
        self.push(obj)?;
        Ok(Some((math_bb, res)))
    }

    /// Join `math_call`'s result to the call's results at `done` (the math block was left
    /// open).
    fn link_math_result(
        &self,
        bb: BasicBlock<'ctx>,
        r: PointerValue<'ctx>,
        done: BasicBlock<'ctx>,
        incoming: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<()> {
        let here = self.here()?;
        self.b.position_at_end(bb);
        self.b.build_unconditional_branch(done).map_err(super::be)?;
        incoming.push((r, bb));
        self.b.position_at_end(here);
        Ok(())
    }

    /// The calls CPython 3.11's interpreter runs without calling anything (PRECALL_NO_KW_LEN,
    /// _ISINSTANCE, _TYPE_1, _LIST_APPEND), inline here: `type(x)` (the type object itself),
    /// `len(x)` and `isinstance(x, t)` when the callable is the builtin object itself (`rjit_builtin_len`/`_isinstance`, taken from `builtins` when
    /// rjit is enabled; a rebound name is another object), and `lst.append(x)` from LOAD_METHOD
    /// on an exact list (`rjit_list_append`, the descriptor). Each leaves the builder in the
    /// block that continues with the other routes and returns the results it branched to `done`
    /// with. `hint` `Unknown`: every route that takes `n` arguments; else the one it names.
    /// Ownership as CALL: every stack reference is consumed.
    fn intrinsic_calls(
        &mut self,
        base: u32,
        n: u32,
        hint: CallHint,
        done: BasicBlock<'ctx>,
    ) -> R<Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>> {
        let be = super::be;
        let mut out = Vec::new();
        if n != 1 && n != 2 {
            return Ok(out);
        }
        let lo = self.peek_at(base)?;
        let hi = self.peek_at(base + 1)?;
        let no_self = self.b.build_is_null(lo, "no_self").map_err(be)?;
        let want = |l: &Self, name: &str| l.load_ptr(l.global(name), 0);
        let route = |h: CallHint| hint == CallHint::Unknown || hint == h;
        if n == 1 {
            let x = self.peek_at(base + 2)?;
            // len(x)
            if route(CallHint::Len) {
                let is_len = self.ptr_eq(hi, want(self, "rjit_builtin_len")?)?;
                let is_len = self.b.build_and(no_self, is_len, "is_len").map_err(be)?;
                let next = self.new_block("not_len");
                self.guard(is_len, next, "len")?;
                let size = self
                    .call("PyObject_Size", Some(self.i64.into()), &[x.into()])?
                    .into_int_value();
                self.decref(x)?;
                self.decref(hi)?;
                self.status_result(size, done, &mut out, |l| l.box_int(size))?;
                self.b.position_at_end(next);
            }
            // type(x): `type_vectorcall`'s one-argument case (3.11's PRECALL_NO_KW_TYPE_1),
            // which no path of CPython's runs with a recursion check either.
            if route(CallHint::Type1) {
                let is_type = self.ptr_eq(hi, self.global("PyType_Type"))?;
                let is_type = self.b.build_and(no_self, is_type, "is_type").map_err(be)?;
                let next = self.new_block("not_type");
                self.guard(is_type, next, "type1")?;
                let ty = self.load_ptr(x, cp::OB_TYPE)?;
                self.incref(ty)?;
                self.decref(x)?;
                self.decref(hi)?;
                out.push((ty, self.here()?));
                self.b.build_unconditional_branch(done).map_err(be)?;
                self.b.position_at_end(next);
            }
            // str(x) and tuple(x): 3.11's PRECALL_NO_KW_STR_1 / _TUPLE_1, which call these
            // without the type's `tp_new`, its argument parsing or a recursion unit (tuple's
            // `PySequence_Tuple` after a generator drained, `generators::drain`).
            for (h, ty, f) in [
                (CallHint::Str1, "PyUnicode_Type", "PyObject_Str"),
                (CallHint::Tuple1, "PyTuple_Type", "rjit_sequence_tuple"),
            ] {
                if !route(h) {
                    continue;
                }
                let is_ty = self.ptr_eq(hi, self.global(ty))?;
                let ok = self.b.build_and(no_self, is_ty, "is_ty").map_err(be)?;
                let next = self.new_block("not_ty1");
                self.guard(ok, next, "ty1")?;
                let r = self.call_obj(f, &[x.into()])?;
                self.decref(x)?;
                self.decref(hi)?;
                out.push((r, self.here()?));
                self.b.build_unconditional_branch(done).map_err(be)?;
                self.b.position_at_end(next);
            }
            // lst.append(x) (LOAD_METHOD found the descriptor: lo = descriptor, hi = self)
            if route(CallHint::ListAppend) {
                let is_append = self.ptr_eq(lo, want(self, "rjit_list_append")?)?;
                let ty = self.load_ptr(hi, cp::OB_TYPE)?;
                let is_list = self.ptr_eq(ty, self.global("PyList_Type"))?;
                let ok = self
                    .b
                    .build_and(is_append, is_list, "is_append")
                    .map_err(be)?;
                let next = self.new_block("not_append");
                self.guard(ok, next, "list_append")?;
                let r = self
                    .call(
                        "PyList_Append",
                        Some(self.i32.into()),
                        &[hi.into(), x.into()],
                    )?
                    .into_int_value();
                self.decref(x)?;
                self.decref(hi)?;
                self.decref(lo)?;
                self.status_result(r, done, &mut out, |l| {
                    let none = l.global("_Py_NoneStruct");
                    l.incref(none)?;
                    Ok(none)
                })?;
                self.b.position_at_end(next);
            }
        } else if route(CallHint::Isinstance) {
            // isinstance(x, t)
            let x = self.peek_at(base + 2)?;
            let t = self.peek_at(base + 3)?;
            let is_isinstance = self.ptr_eq(hi, want(self, "rjit_builtin_isinstance")?)?;
            let ok = self
                .b
                .build_and(no_self, is_isinstance, "is_isinstance")
                .map_err(be)?;
            let next = self.new_block("not_isinstance");
            self.guard(ok, next, "isinstance")?;
            let r = self
                .call(
                    "PyObject_IsInstance",
                    Some(self.i32.into()),
                    &[x.into(), t.into()],
                )?
                .into_int_value();
            self.decref(x)?;
            self.decref(t)?;
            self.decref(hi)?;
            self.status_result(r, done, &mut out, |l| {
                let truth =
                    l.b.build_int_compare(inkwell::IntPredicate::NE, r, l.c32(0), "truth")
                        .map_err(be)?;
                let b =
                    l.b.build_select(
                        truth,
                        l.global("_Py_TrueStruct"),
                        l.global("_Py_FalseStruct"),
                        "bool",
                    )
                    .map_err(be)?
                    .into_pointer_value();
                l.incref(b)?;
                Ok(b)
            })?;
            self.b.position_at_end(next);
        }
        Ok(out)
    }

    /// `[NULL, cls]` where `cls` is a type with a vectorcall entry (`list`, `dict`, `set`,
    /// `range`, `enumerate`, ...): that entry called on the arguments in place on the frame's
    /// stack, as 3.11's `PRECALL_BUILTIN_CLASS` does (no recursion unit: the generic
    /// `PyObject_Vectorcall` takes none either), the result checked as in `checked_c_call`.
    /// Anything else goes on with nothing consumed. Ownership as CALL: every stack reference
    /// is consumed.
    fn class_vectorcall(
        &mut self,
        base: u32,
        n: u32,
        done: BasicBlock<'ctx>,
        out: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<()> {
        let be = super::be;
        let lo = self.peek_at(base)?;
        let cls = self.peek_at(base + 1)?;
        let next = self.new_block("not_class_vectorcall");
        let no_self = self.b.build_is_null(lo, "no_self").map_err(be)?;
        self.guard(no_self, next, "class_no_self")?;
        let meta = self.load_ptr(cls, cp::OB_TYPE)?;
        let flags = self.load_int(self.i64, meta, cp::TYPE_FLAGS)?;
        let is_type = self
            .b
            .build_and(
                flags,
                self.c64(pyo3_ffi::Py_TPFLAGS_TYPE_SUBCLASS),
                "is_type",
            )
            .map_err(be)?;
        let is_type = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, is_type, self.c64(0), "is_type")
            .map_err(be)?;
        self.guard(is_type, next, "class_is_type")?;
        let entry = self.load_ptr(cls, cp::TYPE_VECTORCALL)?;
        let has = self
            .b
            .build_is_not_null(entry, "has_vectorcall")
            .map_err(be)?;
        self.guard(has, next, "class_vectorcall")?;
        let args = self.frame_stack_ptr(base + 2)?;
        let fty = self.ptr.fn_type(
            &[
                self.ptr.into(),
                self.ptr.into(),
                self.i64.into(),
                self.ptr.into(),
            ],
            false,
        );
        // One generator argument: `rjit_class_vectorcall_gen`, which drains it for `list`,
        // `tuple` and `set` (`generators::drain`) and calls any other class's vectorcall.
        let entry = if n == 1 {
            let arg = self.peek_at(base + 2)?;
            let t = self.load_ptr(arg, cp::OB_TYPE)?;
            let is_gen = self.ptr_eq(t, self.global("PyGen_Type"))?;
            let name = "rjit_class_vectorcall_gen";
            let helper = self
                .module
                .get_function(name)
                .unwrap_or_else(|| self.module.add_function(name, fty, Some(Linkage::External)));
            self.b
                .build_select(
                    is_gen,
                    helper.as_global_value().as_pointer_value(),
                    entry,
                    "vectorcall",
                )
                .map_err(be)?
                .into_pointer_value()
        } else {
            entry
        };
        let res = self
            .b
            .build_indirect_call(
                fty,
                entry,
                &[
                    cls.into(),
                    args.into(),
                    self.c64(u64::from(n)).into(),
                    self.ptr.const_null().into(),
                ],
                "class_res",
            )
            .map_err(be)?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| super::be("vectorcall returns void"))?
            .into_pointer_value();
        for k in base + 2..base + 2 + n {
            let a = self.peek_at(k)?;
            self.decref(a)?;
        }
        let checked = self.new_block("class_checked");
        let mut results = Vec::new();
        self.check_c_result(cls, res, checked, &mut results)?;
        self.b.position_at_end(checked);
        let r = self
            .phi(self.ptr, &results, "class_res")?
            .into_pointer_value();
        self.decref(cls)?;
        out.push((r, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(next);
        Ok(())
    }

    /// `min(a, b)` and `max(a, b)` (`[NULL, builtin]` below the two arguments):
    /// `rjit_min_max`, which compares once as `min_max` does, without the argument tuple, the
    /// keyword parsing and the iterator of the builtin's call. Anything else goes on with
    /// nothing consumed. Ownership as CALL: every stack reference is consumed.
    fn min_max_call(
        &mut self,
        base: u32,
        done: BasicBlock<'ctx>,
        out: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<()> {
        let be = super::be;
        let lo = self.peek_at(base)?;
        let hi = self.peek_at(base + 1)?;
        let no_self = self.b.build_is_null(lo, "no_self").map_err(be)?;
        let min = self.load_ptr(self.global("rjit_builtin_min"), 0)?;
        let max = self.load_ptr(self.global("rjit_builtin_max"), 0)?;
        let is_min = self.ptr_eq(hi, min)?;
        let is_max = self.ptr_eq(hi, max)?;
        let either = self.b.build_or(is_min, is_max, "min_or_max").map_err(be)?;
        let ok = self
            .b
            .build_and(no_self, either, "is_min_max")
            .map_err(be)?;
        let next = self.new_block("not_min_max");
        self.guard(ok, next, "min_max")?;
        let (a, b) = (self.peek_at(base + 2)?, self.peek_at(base + 3)?);
        let op = self
            .b
            .build_select(
                is_min,
                self.c32(pyo3_ffi::Py_LT as i64),
                self.c32(pyo3_ffi::Py_GT as i64),
                "op",
            )
            .map_err(be)?;
        let r = self.call_obj(
            "rjit_min_max",
            &[self.tstate.into(), a.into(), b.into(), op.into()],
        )?;
        self.decref(a)?;
        self.decref(b)?;
        self.decref(hi)?;
        out.push((r, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(next);
        Ok(())
    }

    /// C callees called through their C entry, as 3.11's `PRECALL_NO_KW_BUILTIN_O` / `_FAST` /
    /// `_FAST_WITH_KEYWORDS` and `PRECALL_NO_KW_METHOD_DESCRIPTOR_O` / `_NOARGS` / `_FAST` /
    /// `PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS` do: an exact builtin function (`[NULL,
    /// f]`: its `m_self`), or a method descriptor LOAD_METHOD found with `self` of exactly its
    /// type (`[descr, self]`), whose `ml_flags` are `METH_O` (one argument), `METH_NOARGS`
    /// (none), `METH_FASTCALL` or `METH_FASTCALL | METH_KEYWORDS` (the arguments in place on
    /// the frame's stack, no keywords). Every kind passes the recursion check, as CPython's
    /// generic vectorcall does (its specialised `_FAST` instructions skip it, but the first
    /// calls of a site run the generic path, and a program at the recursion limit, like
    /// test_exceptions' `test_recursion_normalizing_exception`, sees the difference), and the
    /// result is checked as `_Py_CheckFunctionResult` checks it (called only when the result
    /// is NULL or an exception is set). Each site has its own indirect call, which the CPU
    /// predicts per site. With a `form` (the site's quickened `PRECALL`), only that form and
    /// kind are inline; without, all of them. `any(g)` and `all(g)` of a generator take the
    /// general route, which drains it. Anything else goes on to the other routes
    /// with nothing consumed. Ownership as CALL: every stack reference is consumed.
    fn c_calls(
        &mut self,
        base: u32,
        n: u32,
        form: Option<CForm>,
        done: BasicBlock<'ctx>,
        out: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<()> {
        let be = super::be;
        let lo = self.peek_at(base)?;
        let hi = self.peek_at(base + 1)?;
        let next = self.new_block("not_c_call");
        let plain = self.new_block("c_plain");
        let descr = self.new_block("c_descr");
        let join = self.new_block("c_join");
        let no_self = self.b.build_is_null(lo, "no_self").map_err(be)?;
        match form {
            None => {
                self.b
                    .build_conditional_branch(no_self, plain, descr)
                    .map_err(be)?;
            }
            Some(f) => {
                // The other form's block is built below but has no predecessor (LLVM drops it).
                let (want, hit) = if f.descr {
                    (descr, self.b.build_not(no_self, "has_self").map_err(be)?)
                } else {
                    (plain, no_self)
                };
                self.guard(hit, next, "c_form")?;
                self.b.build_unconditional_branch(want).map_err(be)?;
            }
        }
        // [NULL, builtin function]: its PyMethodDef and m_self.
        self.b.position_at_end(plain);
        let ty = self.load_ptr(hi, cp::OB_TYPE)?;
        let is_cf = self.ptr_eq(ty, self.global("PyCFunction_Type"))?;
        self.guard(is_cf, next, "is_cfunction")?;
        if n == 1 {
            // `any(g)`, `all(g)` of a generator: the general route, which drains it
            // (`runtime::generators::drain`). Other builtins (`next(g)`) stay inline.
            let arg = self.peek_at(base + 2)?;
            let t = self.load_ptr(arg, cp::OB_TYPE)?;
            let is_gen = self.ptr_eq(t, self.global("PyGen_Type"))?;
            let any = self.load_ptr(self.global("rjit_builtin_any"), 0)?;
            let all = self.load_ptr(self.global("rjit_builtin_all"), 0)?;
            let is_any = self.ptr_eq(hi, any)?;
            let is_all = self.ptr_eq(hi, all)?;
            let drains = self.b.build_or(is_any, is_all, "drains").map_err(be)?;
            let divert = self.b.build_and(drains, is_gen, "divert").map_err(be)?;
            let stay = self.b.build_not(divert, "stay").map_err(be)?;
            self.guard(stay, next, "c_arg_generator")?;
        }
        let ml_plain = self.load_ptr(hi, cp::CFUNCTION_ML)?;
        let self_plain = self.load_ptr(hi, cp::CFUNCTION_SELF)?;
        let plain_end = self.here()?;
        self.b.build_unconditional_branch(join).map_err(be)?;
        // [method descriptor, self of exactly its type]: d_method, and self.
        self.b.position_at_end(descr);
        let ty = self.load_ptr(lo, cp::OB_TYPE)?;
        let is_md = self.ptr_eq(ty, self.global("PyMethodDescr_Type"))?;
        self.guard(is_md, next, "is_method_descr")?;
        // `descr_check`'s `PyObject_TypeCheck`, for `self` of exactly the type or of a direct
        // subclass (`tp_base` is in every type's MRO): `random.Random().random()`, methods of
        // str subclasses. Deeper subclasses take the general route, which checks the MRO.
        let d_type = self.load_ptr(lo, cp::DESCR_TYPE)?;
        let self_ty = self.load_ptr(hi, cp::OB_TYPE)?;
        let same = self.ptr_eq(self_ty, d_type)?;
        let exact = self.new_block("c_self_exact");
        let sub = self.new_block("c_self_sub");
        self.branch_expecting(same, exact, sub, true)?;
        self.b.position_at_end(sub);
        let base_ty = self.load_ptr(self_ty, cp::TYPE_BASE)?;
        let derived = self.ptr_eq(base_ty, d_type)?;
        self.guard(derived, next, "self_type")?;
        self.b.build_unconditional_branch(exact).map_err(be)?;
        self.b.position_at_end(exact);
        let ml_descr = self.load_ptr(lo, cp::METHODDESCR_METHOD)?;
        let descr_end = self.here()?;
        self.b.build_unconditional_branch(join).map_err(be)?;
        self.b.position_at_end(join);
        let ml = self.b.build_phi(self.ptr, "ml").map_err(be)?;
        ml.add_incoming(&[(&ml_plain, plain_end), (&ml_descr, descr_end)]);
        let ml = ml.as_basic_value().into_pointer_value();
        let slf = self.b.build_phi(self.ptr, "c_self").map_err(be)?;
        slf.add_incoming(&[(&self_plain, plain_end), (&hi, descr_end)]);
        let slf = slf.as_basic_value().into_pointer_value();
        let callable = self.b.build_phi(self.ptr, "c_callable").map_err(be)?;
        callable.add_incoming(&[(&hi, plain_end), (&lo, descr_end)]);
        let callable = callable.as_basic_value().into_pointer_value();
        // The defining class a `METH_METHOD` function gets: the descriptor's type (a builtin
        // function's `mm_class` is not read: such functions take the general route).
        let cls = self.b.build_phi(self.ptr, "c_cls").map_err(be)?;
        cls.add_incoming(&[(&self.ptr.const_null(), plain_end), (&d_type, descr_end)]);
        let cls = cls.as_basic_value().into_pointer_value();
        let flags = self.load_int(self.i32, ml, cp::METHODDEF_FLAGS)?;
        // METH_STATIC and METH_CLASS are in the mask so that such functions match no kind
        // below: a static method's C function gets NULL, not its `m_self` (the type), as
        // `PyCFunction_GET_SELF` says; they take the generic route.
        let mask = (pyo3_ffi::METH_VARARGS
            | pyo3_ffi::METH_FASTCALL
            | pyo3_ffi::METH_NOARGS
            | pyo3_ffi::METH_O
            | pyo3_ffi::METH_KEYWORDS
            | pyo3_ffi::METH_METHOD
            | pyo3_ffi::METH_STATIC
            | pyo3_ffi::METH_CLASS) as i64;
        let kind = self
            .b
            .build_and(flags, self.c32(mask), "kind")
            .map_err(be)?;
        let meth = self.load_ptr(ml, cp::METHODDEF_METH)?;
        let args = self.frame_stack_ptr(base + 2)?;
        let nargs = self.c64(u64::from(n));
        // (flags wanted, how to call) for this argument count.
        let one = if n == 1 {
            Some((pyo3_ffi::METH_O, self.peek_at(base + 2)?))
        } else if n == 0 {
            Some((pyo3_ffi::METH_NOARGS, self.ptr.const_null()))
        } else {
            None
        };
        let after = self.new_block("c_called");
        let mut results = Vec::new();
        // Whether this site emits the route of `flags` (every kind without a form).
        let emit = |flags: i32| form.is_none_or(|f| f.flags == flags);
        let is = |l: &Self, want: i32| {
            l.b.build_int_compare(
                inkwell::IntPredicate::EQ,
                kind,
                l.c32(want as i64),
                "is_kind",
            )
            .map_err(be)
        };
        if let Some((want, arg)) = one.filter(|(want, _)| emit(*want)) {
            let call = self.new_block("c_call_o");
            let other = self.new_block("c_not_o");
            let hit = is(self, want)?;
            self.b
                .build_conditional_branch(hit, call, other)
                .map_err(be)?;
            self.b.position_at_end(call);
            let fty = self.ptr.fn_type(&[self.ptr.into(), self.ptr.into()], false);
            self.checked_c_call(
                callable,
                meth,
                fty,
                &[slf.into(), arg.into()],
                after,
                &mut results,
            )?;
            self.b.position_at_end(other);
        }
        for (want, with_kw) in [
            (pyo3_ffi::METH_FASTCALL, false),
            (pyo3_ffi::METH_FASTCALL | pyo3_ffi::METH_KEYWORDS, true),
        ] {
            if !emit(want) {
                continue;
            }
            let call = self.new_block("c_call_fast");
            let other = self.new_block("c_not_fast");
            let hit = is(self, want)?;
            self.b
                .build_conditional_branch(hit, call, other)
                .map_err(be)?;
            self.b.position_at_end(call);
            let mut params = vec![self.ptr.into(), self.ptr.into(), self.i64.into()];
            let mut argv = vec![slf.into(), args.into(), nargs.into()];
            if with_kw {
                params.push(self.ptr.into());
                argv.push(self.ptr.const_null().into());
            }
            let fty = self.ptr.fn_type(&params, false);
            self.checked_c_call(callable, meth, fty, &argv, after, &mut results)?;
            self.b.position_at_end(other);
        }
        // `METH_METHOD | METH_FASTCALL | METH_KEYWORDS` (Argument Clinic's `defining_class`:
        // `re.Pattern.match`, `search`, `sub`): `meth(self, cls, args, nargs, NULL)`. 3.11
        // specialises no form for it, so a site with a form never emits it.
        if form.is_some() {
            self.b.build_unconditional_branch(next).map_err(be)?;
            return self.c_called((base, n, lo, hi), after, &results, done, out, next);
        }
        let call = self.new_block("c_call_method");
        let hit = is(
            self,
            pyo3_ffi::METH_METHOD | pyo3_ffi::METH_FASTCALL | pyo3_ffi::METH_KEYWORDS,
        )?;
        let has_cls = self.b.build_is_not_null(cls, "has_cls").map_err(be)?;
        let hit = self
            .b
            .build_and(hit, has_cls, "is_method_kind")
            .map_err(be)?;
        self.b
            .build_conditional_branch(hit, call, next)
            .map_err(be)?;
        self.b.position_at_end(call);
        let fty = self.ptr.fn_type(
            &[
                self.ptr.into(),
                self.ptr.into(),
                self.ptr.into(),
                self.i64.into(),
                self.ptr.into(),
            ],
            false,
        );
        self.checked_c_call(
            callable,
            meth,
            fty,
            &[
                slf.into(),
                cls.into(),
                args.into(),
                nargs.into(),
                self.ptr.const_null().into(),
            ],
            after,
            &mut results,
        )?;
        self.c_called((base, n, lo, hi), after, &results, done, out, next)
    }

    /// The join of `c_calls`' routes at `after` (their `results`): called, or refused by the
    /// recursion check; the stack's references released and the result sent to `done`. The
    /// builder is left at `next`, where the other routes go on.
    /// `site`: the CALL's stack base, argument count and the two slots below the arguments.
    fn c_called(
        &mut self,
        site: (u32, u32, PointerValue<'ctx>, PointerValue<'ctx>),
        after: BasicBlock<'ctx>,
        results: &[(PointerValue<'ctx>, BasicBlock<'ctx>)],
        done: BasicBlock<'ctx>,
        out: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
        next: BasicBlock<'ctx>,
    ) -> R<()> {
        let be = super::be;
        let (base, n, lo, hi) = site;
        self.b.position_at_end(after);
        let res = self.b.build_phi(self.ptr, "c_result").map_err(be)?;
        for (v, bb) in results {
            res.add_incoming(&[(v, *bb)]);
        }
        let res = res.as_basic_value().into_pointer_value();
        for k in 0..n {
            let v = self.peek_at(base + 2 + k)?;
            self.decref(v)?;
        }
        self.decref(hi)?;
        self.xdecref(lo)?;
        out.push((res, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(next);
        Ok(())
    }

    /// `meth(argv)` inside `_Py_EnterRecursiveCallTstate` / `_Py_LeaveRecursiveCallTstate`
    /// (ceval's message; `rjit_call_recursion_check` only when the budget is exhausted), as
    /// CPython's generic vectorcall of a builtin or method descriptor does for every kind;
    /// then `_Py_CheckFunctionResult(callable, result)` when the result is NULL or an exception
    /// is set (a SystemError for a C function that broke the rule). The result (NULL when
    /// refused) goes to `after` and into `results`.
    fn checked_c_call(
        &self,
        callable: PointerValue<'ctx>,
        meth: PointerValue<'ctx>,
        fty: inkwell::types::FunctionType<'ctx>,
        argv: &[inkwell::values::BasicMetadataValueEnum<'ctx>],
        after: BasicBlock<'ctx>,
        results: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<()> {
        let be = super::be;
        let exhausted = self.recursion_enter()?;
        let check = self.new_block("c_recursion_check");
        let go = self.new_block("c_go");
        self.branch_expecting(exhausted, check, go, false)?;
        self.b.position_at_end(check);
        let r = self
            .call(
                "rjit_call_recursion_check",
                Some(self.i32.into()),
                &[self.tstate.into()],
            )?
            .into_int_value();
        let too_deep = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, r, self.c32(0), "too_deep")
            .map_err(be)?;
        results.push((self.ptr.const_null(), self.here()?));
        self.b
            .build_conditional_branch(too_deep, after, go)
            .map_err(be)?;
        self.b.position_at_end(go);
        let res = self
            .b
            .build_indirect_call(fty, meth, argv, "c_res")
            .map_err(be)?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| super::be("C function returns void"))?
            .into_pointer_value();
        self.recursion_leave()?;
        self.check_c_result(callable, res, after, results)
    }

    /// `_Py_CheckFunctionResult` for `callable`'s result `res`, called only when `res` is NULL
    /// or an exception is set (a C function that returned a value with an exception set, or
    /// NULL without one, gets CPython's SystemError); the checked result branches to `after`.
    fn check_c_result(
        &self,
        callable: PointerValue<'ctx>,
        res: PointerValue<'ctx>,
        after: BasicBlock<'ctx>,
        results: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> R<()> {
        let be = super::be;
        let null = self.b.build_is_null(res, "c_null").map_err(be)?;
        let exc = self.load_ptr(self.tstate, cp::TSTATE_CUREXC_TYPE)?;
        let set = self.b.build_is_not_null(exc, "c_exc_set").map_err(be)?;
        let odd = self.b.build_or(null, set, "c_check").map_err(be)?;
        let check = self.new_block("c_check_result");
        let fine = self.new_block("c_result_ok");
        self.branch_expecting(odd, check, fine, false)?;
        self.b.position_at_end(check);
        let checked = self.call_obj(
            "_Py_CheckFunctionResult",
            &[
                self.tstate.into(),
                callable.into(),
                res.into(),
                self.ptr.const_null().into(),
            ],
        )?;
        results.push((checked, self.here()?));
        self.b.build_unconditional_branch(after).map_err(be)?;
        self.b.position_at_end(fine);
        results.push((res, self.here()?));
        self.b.build_unconditional_branch(after).map_err(be)?;
        Ok(())
    }

    /// The tail of a C call that returned a status `r` (negative: an exception is set): NULL to
    /// `done` on failure, else `ok`'s result to `done`; both recorded in `out` for the phi.
    fn status_result(
        &self,
        r: IntValue<'ctx>,
        done: BasicBlock<'ctx>,
        out: &mut Vec<(PointerValue<'ctx>, BasicBlock<'ctx>)>,
        ok: impl FnOnce(&Self) -> R<PointerValue<'ctx>>,
    ) -> R<()> {
        let be = super::be;
        let failed = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::SLT,
                r,
                r.get_type().const_zero(),
                "failed",
            )
            .map_err(be)?;
        let good = self.new_block("call_ok");
        out.push((self.ptr.const_null(), self.here()?));
        self.b
            .build_conditional_branch(failed, done, good)
            .map_err(be)?;
        self.b.position_at_end(good);
        let v = ok(self)?;
        out.push((v, self.here()?));
        self.b.build_unconditional_branch(done).map_err(be)?;
        Ok(())
    }

    /// The direct route of CALL n (no keywords): when the callable (or the method LOAD_METHOD
    /// found, or a bound method's function) is an exact `PyFunction` whose code is compiled and
    /// takes exactly these positional
    /// arguments one-to-one (`tier0::state::DirectShape`), tracing is off and the frame fits in
    /// the data stack's current chunk, push and initialise the callee's frame here
    /// (`_PyEvalFramePushAndInit` / `_PyFrame_InitializeSpecials`, moving the stack's references
    /// into it), call its entry, then `rjit_pop_frame`; for generator-making code,
    /// `rjit_make_generator` instead of the entry. Any failed guard branches to `slow`
    /// with nothing consumed. Returns the callee's result (new reference or NULL).
    fn direct_call(&mut self, base: u32, n: u32, slow: BasicBlock<'ctx>) -> R<PointerValue<'ctx>> {
        let be = super::be;
        let lo = self.peek_at(base)?;
        let hi = self.peek_at(base + 1)?;
        let is_meth = self.b.build_is_not_null(lo, "is_meth").map_err(be)?;
        let callable = self
            .b
            .build_select(is_meth, lo, hi, "callable")
            .map_err(be)?
            .into_pointer_value();
        let ty = self.load_ptr(callable, cp::OB_TYPE)?;
        let is_func = self.ptr_eq(ty, self.global("PyFunction_Type"))?;
        let entry_end = self.here()?;
        let unbind = self.new_block("unbind_method");
        let func_ok = self.new_block("is_function");
        self.branch_expecting(is_func, func_ok, unbind, true)?;
        // `[NULL, bound method]` of a Python function (`getattr(self, name)(node)`): as 3.11's
        // PRECALL does, the stack slots become `[im_func, im_self]` (new references; the method
        // released), so every route below, the general one included, sees a method call.
        self.b.position_at_end(unbind);
        let is_bound = self.ptr_eq(ty, self.global("PyMethod_Type"))?;
        let not_meth = self.b.build_not(is_meth, "not_meth").map_err(be)?;
        let is_bound = self
            .b
            .build_and(is_bound, not_meth, "is_bound")
            .map_err(be)?;
        self.guard(is_bound, slow, "is_bound_method")?;
        let im_func = self.load_ptr(hi, cp::METHOD_FUNC)?;
        let im_self = self.load_ptr(hi, cp::METHOD_SELF)?;
        let fty = self.load_ptr(im_func, cp::OB_TYPE)?;
        let of_func = self.ptr_eq(fty, self.global("PyFunction_Type"))?;
        self.guard(of_func, slow, "bound_function")?;
        self.incref(im_func)?;
        self.incref(im_self)?;
        self.b
            .build_store(self.frame_stack_ptr(base)?, im_func)
            .map_err(be)?;
        self.b
            .build_store(self.frame_stack_ptr(base + 1)?, im_self)
            .map_err(be)?;
        self.decref(hi)?;
        let unbind_end = self.here()?;
        self.b.build_unconditional_branch(func_ok).map_err(be)?;
        self.b.position_at_end(func_ok);
        let phi = |l: &Self, a: PointerValue<'ctx>, b: PointerValue<'ctx>, name: &str| {
            let p = l.b.build_phi(l.ptr, name).map_err(be)?;
            p.add_incoming(&[(&a, entry_end), (&b, unbind_end)]);
            Ok::<_, crate::errors::AbortReason>(p.as_basic_value().into_pointer_value())
        };
        let func = phi(self, callable, im_func, "func")?;
        // The value `self` takes: the stack's own (LOAD_METHOD) or the method's.
        let self_value = phi(self, hi, im_self, "self_value")?;
        let shifted = self
            .b
            .build_phi(self.ctx.bool_type(), "shifted")
            .map_err(be)?;
        shifted.add_incoming(&[
            (&is_meth, entry_end),
            (&self.ctx.bool_type().const_int(1, false), unbind_end),
        ]);
        let is_meth = shifted.as_basic_value().into_int_value();
        let meth32 = self
            .b
            .build_int_z_extend(is_meth, self.i32, "m32")
            .map_err(be)?;
        let argc = self
            .b
            .build_int_add(self.c32(n as i64), meth32, "argc")
            .map_err(be)?;
        let code = self.load_ptr(func, cp::FUNC_CODE)?;
        let extra = self.load_ptr(code, cp::CODE_EXTRA)?;
        let has_extra = self.b.build_is_not_null(extra, "has_extra").map_err(be)?;
        self.guard(has_extra, slow, "has_extra")?;
        let idx = self.load_int(self.i64, self.global("rjit_co_extra_index"), 0)?;
        let size = self.load_int(self.i64, extra, 0)?;
        let in_range = self
            .b
            .build_int_compare(inkwell::IntPredicate::ULT, idx, size, "in_range")
            .map_err(be)?;
        self.guard(in_range, slow, "in_range")?;
        let off = self.b.build_int_mul(idx, self.c64(8), "off").map_err(be)?;
        let off = self.b.build_int_add(off, self.c64(8), "off").map_err(be)?;
        let slot = self.gep_dyn(extra, off)?;
        let st = self
            .b
            .build_load(self.ptr, slot, "state")
            .map_err(be)?
            .into_pointer_value();
        let st_int = self.b.build_ptr_to_int(st, self.i64, "st").map_err(be)?;
        let tag = self.b.build_and(st_int, self.c64(1), "tag").map_err(be)?;
        let untagged = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, tag, self.c64(0), "untagged")
            .map_err(be)?;
        let nonnull = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, st_int, self.c64(0), "nonnull")
            .map_err(be)?;
        let hot = self.b.build_and(untagged, nonnull, "hot").map_err(be)?;
        self.guard(hot, slow, "hot")?;
        let entry = self.load_ptr(st, STATE_ENTRY)?;
        let compiled = self.b.build_is_not_null(entry, "compiled").map_err(be)?;
        self.guard(compiled, slow, "compiled")?;
        // The shape: `want` parameters, `argc <= want` given, the rest from the last
        // `want - argc` of `__defaults__` (read now: it may have been replaced).
        let want = self.load_int(self.i32, st, STATE_DIRECT_ARGC)?;
        let enough = self
            .b
            .build_int_compare(inkwell::IntPredicate::SLE, argc, want, "not_too_many")
            .map_err(be)?;
        self.guard(enough, slow, "shape")?;
        let missing = self.b.build_int_sub(want, argc, "missing").map_err(be)?;
        let defaults = self.load_ptr(func, cp::FUNC_DEFAULTS)?;
        let has_defaults = self
            .b
            .build_is_not_null(defaults, "has_defaults")
            .map_err(be)?;
        let none_missing = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::EQ,
                missing,
                self.c32(0),
                "none_missing",
            )
            .map_err(be)?;
        let check_defaults = self.new_block("check_defaults");
        let shape_ok = self.new_block("shape_ok");
        self.branch_expecting(none_missing, shape_ok, check_defaults, true)?;
        self.b.position_at_end(check_defaults);
        self.guard(has_defaults, slow, "has_defaults")?;
        let ndef = self.load_int(self.i64, defaults, cp::VAR_SIZE)?;
        let missing64 = self
            .b
            .build_int_s_extend(missing, self.i64, "missing64")
            .map_err(be)?;
        let covered = self
            .b
            .build_int_compare(inkwell::IntPredicate::SLE, missing64, ndef, "covered")
            .map_err(be)?;
        self.guard(covered, slow, "defaults_cover")?;
        self.b.build_unconditional_branch(shape_ok).map_err(be)?;
        self.b.position_at_end(shape_ok);
        let tracing = self.tracing_on()?;
        let quiet = self.b.build_not(tracing, "quiet").map_err(be)?;
        self.guard(quiet, slow, "untraced")?;
        // Only under rjit's own evaluator: another PEP 523 hook sees every call.
        let interp = self.load_ptr(self.tstate, cp::TSTATE_INTERP)?;
        let installed = self.load_ptr(interp, cp::INTERP_EVAL_FRAME)?;
        let ours = self.load_ptr(self.global("rjit_direct_eval_frame"), 0)?;
        let is_ours = self.ptr_eq(installed, ours)?;
        self.guard(is_ours, slow, "our_hook")?;
        // Reserve the frame (`_PyThreadState_BumpFramePointer`, inline case only).
        let top = self.load_ptr(self.tstate, cp::TSTATE_DATASTACK_TOP)?;
        let limit = self.load_ptr(self.tstate, cp::TSTATE_DATASTACK_LIMIT)?;
        let has_top = self.b.build_is_not_null(top, "has_top").map_err(be)?;
        self.guard(has_top, slow, "has_top")?;
        let words = self.load_int(self.i64, st, STATE_FRAME_WORDS)?;
        let bytes = self
            .b
            .build_int_mul(words, self.c64(8), "bytes")
            .map_err(be)?;
        let end = self.gep_dyn(top, bytes)?;
        let end_i = self.b.build_ptr_to_int(end, self.i64, "end").map_err(be)?;
        let limit_i = self
            .b
            .build_ptr_to_int(limit, self.i64, "limit")
            .map_err(be)?;
        let fits = self
            .b
            .build_int_compare(inkwell::IntPredicate::ULT, end_i, limit_i, "fits")
            .map_err(be)?;
        self.guard(fits, slow, "fits")?;
        self.store_at(self.tstate, cp::TSTATE_DATASTACK_TOP, end.into())?;
        let frame = top;
        // localsplus: [self,] the arguments (moved from the stack), then NULLs.
        let locals = self.gep(frame, cp::FRAME_LOCALSPLUS)?;
        let meth64 = self
            .b
            .build_int_z_extend(is_meth, self.i64, "m64")
            .map_err(be)?;
        let shift = self
            .b
            .build_int_mul(meth64, self.c64(8), "shift")
            .map_err(be)?;
        let dst = self.gep_dyn(locals, shift)?;
        for k in 0..n {
            let v = self.peek_at(base + 2 + k)?;
            let p = self.gep(dst, 8 * k as usize)?;
            self.b.build_store(p, v).map_err(be)?;
        }
        let self_slot = self
            .b
            .build_select(is_meth, locals, self.scratch, "self_slot")
            .map_err(be)?
            .into_pointer_value();
        self.b.build_store(self_slot, self_value).map_err(be)?;
        self.fill_defaults(locals, defaults, argc, want)?;
        let nlp = self.load_int(self.i32, st, STATE_NLOCALSPLUS)?;
        self.null_fill(locals, want, nlp)?;
        // _PyFrame_InitializeSpecials: f_func takes the stack's reference to `func`.
        self.store_at(frame, cp::FRAME_FUNC, func.into())?;
        let globals = self.load_ptr(func, cp::FUNC_GLOBALS)?;
        self.store_at(frame, cp::FRAME_GLOBALS, globals.into())?;
        let builtins = self.load_ptr(func, cp::FUNC_BUILTINS)?;
        self.store_at(frame, cp::FRAME_BUILTINS, builtins.into())?;
        self.store_at(frame, cp::FRAME_LOCALS, self.ptr.const_null().into())?;
        self.incref(code)?;
        self.store_at(frame, cp::FRAME_CODE, code.into())?;
        self.store_at(frame, cp::FRAME_FRAME_OBJ, self.ptr.const_null().into())?;
        let first = self.gep_signed(code, cp::CODE_ADAPTIVE as i64 - 2)?;
        self.store_at(frame, cp::FRAME_PREV_INSTR, first.into())?;
        self.store_at(frame, cp::FRAME_STACKTOP, nlp.into())?;
        // is_entry = false, owner = FRAME_OWNED_BY_THREAD (two adjacent bytes).
        let flags = self.gep(frame, cp::FRAME_IS_ENTRY)?;
        self.b
            .build_store(flags, self.ctx.i16_type().const_zero())
            .map_err(be)?;
        self.bump_i64(st, STATE_CALLS)?;
        // Generator, coroutine or async generator code: the call only creates the object, from
        // this frame.
        let generator = self.load_int(self.i32, st, STATE_GENERATOR)?;
        let is_generator = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, generator, self.c32(0), "is_gen")
            .map_err(be)?;
        let make = self.new_block("make_generator");
        let enter = self.new_block("enter");
        let joined = self.new_block("direct_done");
        self.branch_expecting(is_generator, make, enter, false)?;
        self.b.position_at_end(make);
        let made = self.call_obj("rjit_make_generator", &[self.tstate.into(), frame.into()])?;
        let made_end = self.here()?;
        self.b.build_unconditional_branch(joined).map_err(be)?;
        self.b.position_at_end(enter);
        self.bump_i64(self.global("rjit_direct_entries"), 0)?;
        let table = self.load_ptr(st, STATE_TABLE)?;
        let fty = self
            .ptr
            .fn_type(&[self.ptr.into(), self.ptr.into(), self.ptr.into()], false);
        let res = self
            .b
            .build_indirect_call(
                fty,
                entry,
                &[self.tstate.into(), frame.into(), table.into()],
                "direct",
            )
            .map_err(be)?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| super::be("entry returns void"))?
            .into_pointer_value();
        self.pop_direct_frame(frame)?;
        let entered_end = self.here()?;
        self.b.build_unconditional_branch(joined).map_err(be)?;
        self.b.position_at_end(joined);
        let res = self
            .phi(
                self.ptr,
                &[(res, entered_end), (made, made_end)],
                "direct_res",
            )?
            .into_pointer_value();
        Ok(res)
    }

    /// `localsplus[argc..want]` = new references to the last `want - argc` items of the
    /// `defaults` tuple (`initialize_locals`' positional defaults; the guards have checked there
    /// are that many). Nothing is read when `argc == want` (`defaults` may be NULL).
    fn fill_defaults(
        &self,
        locals: PointerValue<'ctx>,
        defaults: PointerValue<'ctx>,
        argc: IntValue<'ctx>,
        want: IntValue<'ctx>,
    ) -> R<()> {
        let be = super::be;
        let before = self.here()?;
        let head = self.new_block("defaults_head");
        let body = self.new_block("defaults_body");
        let done = self.new_block("defaults_done");
        self.b.build_unconditional_branch(head).map_err(be)?;
        self.b.position_at_end(head);
        let i = self.b.build_phi(self.i32, "i").map_err(be)?;
        let iv = i.as_basic_value().into_int_value();
        let more = self
            .b
            .build_int_compare(inkwell::IntPredicate::SLT, iv, want, "more")
            .map_err(be)?;
        self.branch_expecting(more, body, done, false)?;
        self.b.position_at_end(body);
        // defaults[ndef - want + i]
        let ndef = self.load_int(self.i64, defaults, cp::VAR_SIZE)?;
        let i64v = self.b.build_int_s_extend(iv, self.i64, "i64").map_err(be)?;
        let want64 = self
            .b
            .build_int_s_extend(want, self.i64, "want64")
            .map_err(be)?;
        let k = self.b.build_int_sub(ndef, want64, "k").map_err(be)?;
        let k = self.b.build_int_add(k, i64v, "k").map_err(be)?;
        let items = self.gep(defaults, cp::TUPLE_ITEMS)?;
        let off = self.b.build_int_mul(k, self.c64(8), "off").map_err(be)?;
        let v = self.load_ptr(self.gep_dyn(items, off)?, 0)?;
        self.incref(v)?;
        let doff = self
            .b
            .build_int_mul(i64v, self.c64(8), "doff")
            .map_err(be)?;
        self.b
            .build_store(self.gep_dyn(locals, doff)?, v)
            .map_err(be)?;
        let next = self.b.build_int_add(iv, self.c32(1), "next").map_err(be)?;
        let body_end = self.here()?;
        self.b.build_unconditional_branch(head).map_err(be)?;
        i.add_incoming(&[(&argc, before), (&next, body_end)]);
        self.b.position_at_end(done);
        Ok(())
    }

    /// `_PyEvalFrameClearAndPop` for a frame `direct_call` pushed: inline when no frame object
    /// or `f_locals` dict was made for it (release `localsplus[0..stacktop]`, the function and
    /// the code, bump `datastack_top` back), else `rjit_pop_frame` (`take_ownership`).
    fn pop_direct_frame(&self, frame: PointerValue<'ctx>) -> R<()> {
        let be = super::be;
        let fobj = self.load_ptr(frame, cp::FRAME_FRAME_OBJ)?;
        let flocals = self.load_ptr(frame, cp::FRAME_LOCALS)?;
        let fo = self.b.build_ptr_to_int(fobj, self.i64, "fo").map_err(be)?;
        let fl = self
            .b
            .build_ptr_to_int(flocals, self.i64, "fl")
            .map_err(be)?;
        let either = self.b.build_or(fo, fl, "either").map_err(be)?;
        let plain = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, either, self.c64(0), "plain")
            .map_err(be)?;
        let general = self.new_block("pop_general");
        let inline = self.new_block("pop_inline");
        let done = self.new_block("popped");
        self.b
            .build_conditional_branch(plain, inline, general)
            .map_err(be)?;
        self.b.position_at_end(general);
        self.call("rjit_pop_frame", None, &[self.tstate.into(), frame.into()])?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(inline);
        // The recursion unit guards deallocators run by the clear, as in CPython.
        let rem_p = self.gep(self.tstate, cp::TSTATE_RECURSION_REMAINING)?;
        let rem = self.load_int(self.i32, rem_p, 0)?;
        let rem1 = self.b.build_int_sub(rem, self.c32(1), "rem1").map_err(be)?;
        self.b.build_store(rem_p, rem1).map_err(be)?;
        let locals = self.gep(frame, cp::FRAME_LOCALSPLUS)?;
        let top = self.load_int(self.i32, frame, cp::FRAME_STACKTOP)?;
        let pre = self.here()?;
        let head = self.new_block("clear");
        let body = self.new_block("clear_body");
        let cleared = self.new_block("cleared");
        self.b.build_unconditional_branch(head).map_err(be)?;
        self.b.position_at_end(head);
        let i = self.b.build_phi(self.i32, "i").map_err(be)?;
        i.add_incoming(&[(&self.c32(0), pre)]);
        let iv = i.as_basic_value().into_int_value();
        let more = self
            .b
            .build_int_compare(inkwell::IntPredicate::SLT, iv, top, "more")
            .map_err(be)?;
        self.b
            .build_conditional_branch(more, body, cleared)
            .map_err(be)?;
        self.b.position_at_end(body);
        let i64v = self.b.build_int_s_extend(iv, self.i64, "i64").map_err(be)?;
        let off = self.b.build_int_mul(i64v, self.c64(8), "off").map_err(be)?;
        let slot = self.gep_dyn(locals, off)?;
        let v = self
            .b
            .build_load(self.ptr, slot, "local")
            .map_err(be)?
            .into_pointer_value();
        self.xdecref(v)?;
        let next = self.b.build_int_add(iv, self.c32(1), "next").map_err(be)?;
        let body_end = self.here()?;
        i.add_incoming(&[(&next, body_end)]);
        self.b.build_unconditional_branch(head).map_err(be)?;
        self.b.position_at_end(cleared);
        let func = self.load_ptr(frame, cp::FRAME_FUNC)?;
        self.decref(func)?;
        let code = self.load_ptr(frame, cp::FRAME_CODE)?;
        self.decref(code)?;
        let rem = self.load_int(self.i32, rem_p, 0)?;
        let rem1 = self.b.build_int_add(rem, self.c32(1), "rem1").map_err(be)?;
        self.b.build_store(rem_p, rem1).map_err(be)?;
        self.store_at(self.tstate, cp::TSTATE_DATASTACK_TOP, frame.into())?;
        self.b.build_unconditional_branch(done).map_err(be)?;
        self.b.position_at_end(done);
        Ok(())
    }

    /// `p[from..to] = NULL` for pointer slots, as a loop (counts known only at run time).
    fn null_fill(&self, p: PointerValue<'ctx>, from: IntValue<'ctx>, to: IntValue<'ctx>) -> R<()> {
        let be = super::be;
        let pre = self.here()?;
        let head = self.new_block("fill");
        let body = self.new_block("fill_body");
        let done = self.new_block("filled");
        self.b.build_unconditional_branch(head).map_err(be)?;
        self.b.position_at_end(head);
        let i = self.b.build_phi(self.i32, "i").map_err(be)?;
        i.add_incoming(&[(&from, pre)]);
        let iv = i.as_basic_value().into_int_value();
        let more = self
            .b
            .build_int_compare(inkwell::IntPredicate::SLT, iv, to, "more")
            .map_err(be)?;
        self.b
            .build_conditional_branch(more, body, done)
            .map_err(be)?;
        self.b.position_at_end(body);
        let i64v = self.b.build_int_s_extend(iv, self.i64, "i64").map_err(be)?;
        let off = self.b.build_int_mul(i64v, self.c64(8), "off").map_err(be)?;
        let slot = self.gep_dyn(p, off)?;
        self.b
            .build_store(slot, self.ptr.const_null())
            .map_err(be)?;
        let next = self.b.build_int_add(iv, self.c32(1), "next").map_err(be)?;
        i.add_incoming(&[(&next, body)]);
        self.b.build_unconditional_branch(head).map_err(be)?;
        self.b.position_at_end(done);
        Ok(())
    }
}

/// Whether a CALL site with this hint may call one of the `math` functions (builtins), so that
/// a numeric argument is worth leaving unboxed for `Lower::math_call`: not at a site quickening
/// saw call Python functions (`fib(n - 1)`), intrinsics or anything general.
pub(super) fn may_call_math(hint: CallHint) -> bool {
    matches!(
        hint,
        CallHint::Unknown | CallHint::C(CForm { descr: false, .. })
    )
}
