//! The typed tier's lowering: one code object from its typed middle (`hir::Func`), with ints
//! and floats in machine registers, guards where CPython's quickening saw their types, and every
//! other instruction lowered by the generic tier's emitter for its opcode.
//!
//! HIR blocks become LLVM blocks (in reverse post-order, so definitions come before uses), block
//! parameters become phis, and each HIR value has one LLVM form (`LV`): an object pointer, an
//! `i64`, an `f64`, or an `i1` (a numeric comparison's result).
//!
//! The frame: every fast local lives in `localsplus` and every value-stack slot in the emitter's
//! stack allocas, as in the generic tier, but an `i64`/`f64`/`i1` value need not have an object
//! there. The lowering tracks, per slot, what the slot holds (`Ph`):
//! - `Holds(v)`: an owned reference to `v`'s object: the object itself for a boxed value, else
//!   the object that *is* the number (the guarded object of a guard's view, the constant of
//!   `co_consts`, or a box made for it once);
//! - `Maybe(v)`: `v` is unboxed and the slot holds NULL or that object (known only at run time,
//!   after a merge); a fast local keeps `v`'s bits in the shadow arrays (`shadow_store`);
//! - `Borrowed(v)`: a value-stack slot standing for `v` without holding it, while a fast local
//!   or the constants do (nothing outside compiled code sees the value stack before an exit);
//! - `Null`, or `Dead` (not owned: above the stack).
//!
//! Slots follow the abstract frame at *sync points*: before a generic instruction, on every
//! edge, at every exit. A light sync (`sync`) makes each slot describe the value the frame state
//! names, releasing what it held before; a full sync (`materialize`) also gives every unboxed
//! value its object (out of line: `rjit_box_locals` from the shadows, `rjit_box_values` for the
//! rest) and every borrowed slot its reference, so the generic emitter, the interpreter (after
//! a deopt) and any Python code that looks at the frame see exactly the interpreter's frame.
//! Between two sync points only typed instructions and the native container operations run
//! (subscripts, unpacking, list and tuple iteration), which run no Python code, so deferring a
//! release to the next sync point is not observable, except to a `__del__` that reads its
//! caller's `f_locals` (docs/typed-tier.md, "Known deviation"); a release that may run code
//! (`__del__` of an object whose type is not a number, a string or a constant) makes that sync
//! a full one first when it is a last reference. A fast path and its slow path (FOR_ITER,
//! GET_ITER, a release) join with the fast path's description of the slots: where it says
//! `Maybe`, the slow path may have left the object.
//!
//! Invariants: an object a value stands for is materialized at most once per sync, and a guard's
//! view is written back as the guarded object itself (identity is observable); every exit
//! (`deopt`, the generic emitter's error and deopt exits, the eval breaker) happens with the
//! frame fully synced; code with exception handlers is not lowered here (the caller falls back
//! to the generic tier), so an exception always leaves the frame.

use std::collections::{HashMap, HashSet};

use inkwell::basic_block::BasicBlock;
use inkwell::values::{BasicValueEnum, FloatValue, IntValue, PhiValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};

use super::{Lower, R, be};
use crate::bytecode::{Instr, Opcode};
use crate::cpython as cp;
use crate::hir::ir::{
    Block, Builtin, Cond, Const, Edge, FrameState, Func, Intrinsic, Op, StateId, Terminator, Value,
};
use crate::hir::repr::{Repr, numeric_op};
use crate::hir::types::{Type, array_typecodes};
use crate::tier0::profile::{AttrHint, MethodHint};
use crate::tier0::snapshot::Number;
use crate::tier0::state::{CALLEE_SITE_CODE, CALLEE_SITE_FUNC, CALLEE_SITE_VERSION};

/// The LLVM form of a HIR value.
#[derive(Clone, Copy)]
enum LV<'ctx> {
    /// An object (NULL for an unbound local or LOAD_GLOBAL's NULL), held by a slot.
    Obj(PointerValue<'ctx>),
    I(IntValue<'ctx>),
    F(FloatValue<'ctx>),
    /// A comparison's result: `True` or `False` when it needs an object.
    B(IntValue<'ctx>),
    /// A local that is unbound or an int (a loop's variable before its first iteration): the
    /// number and whether it is bound.
    NI(IntValue<'ctx>, IntValue<'ctx>),
    /// The same for a float.
    NF(FloatValue<'ctx>, IntValue<'ctx>),
    /// An int or a float (a float accumulator that starts as `0`): an `i64`'s value or an
    /// `f64`'s bits, and whether it is the float.
    N(IntValue<'ctx>, IntValue<'ctx>),
}

/// How a block parameter is held: `hir::repr`'s plan, plus `Unbound|Int` and `Unbound|Float`
/// parameters unboxed with a bound flag when every value reaching them is unbound or unboxed
/// the same way (`nullable`), and `Int|Float` ones as a number and its kind when every value
/// reaching them is an unboxed int or float (`LV::N`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum PRepr {
    Plain(Repr),
    NullableI64,
    NullableF64,
    Num,
}

/// What a frame slot holds (module documentation).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ph {
    Null,
    Holds(Value),
    Maybe(Value),
    /// Not owned, whatever it holds: a value-stack slot above the stack, or one the generic
    /// emitter popped (it leaves the pointer there). Written before it is next used.
    Dead,
    /// A value-stack slot standing for `v` without holding it (its memory is not written): a
    /// fast local holds `v`'s object, or the code's constants do. Nothing outside compiled code
    /// sees the value stack until control leaves it, so the slot gets its reference
    /// (`own_borrowed`) only before an exit, a generic instruction, an edge or a split whose
    /// paths must agree; a sync that takes the owner away makes it owned first.
    Borrowed(Value),
}

/// Types whose objects release nothing that could run Python code.
const QUIET: Type = Type(
    Type::UNBOUND.0
        | Type::NONE.0
        | Type::BOOL.0
        | Type::INT.0
        | Type::FLOAT.0
        | Type::STR.0
        | Type::NULL.0
        | Type::RANGE_ITER.0,
);

/// Why the typed tier does not take a function: it stays in the generic tier.
fn refuse<T>(why: impl Into<String>) -> R<T> {
    // Never seen by users: the caller lowers the function with the generic tier instead.
    Err(be(format!("typed tier: {}", why.into())))
}

struct Typed<'l, 'ctx, 'a> {
    l: &'l mut Lower<'ctx, 'a>,
    f: &'a Func,
    nlocals: usize,
    nslots: usize,
    vals: HashMap<Value, LV<'ctx>>,
    /// A guard's view (or `+x`) → the value whose object it is.
    ident: HashMap<Value, Value>,
    /// The bytecode instruction being lowered (its offset), which a release that may run
    /// Python code records as the frame's `prev_instr` first: the frame is then complete for
    /// `sys._getframe` (3.11 skips a frame whose `prev_instr` is before its first traceable
    /// instruction) and its line number is the instruction's.
    cur: Option<u32>,
    /// Numeric constants → their index in `co_consts` (their object).
    konst: HashMap<Value, u32>,
    /// Constants held as objects (`Const::Obj`): the code object keeps them alive.
    consts: HashSet<Value>,
    /// Tuples BUILD_TUPLE makes of items whose release runs no code (`QUIET` types): releasing
    /// them runs none either.
    quiet_tuples: HashSet<Value>,
    phys: Vec<Ph>,
    blocks: Vec<BasicBlock<'ctx>>,
    /// Per block, per parameter: its phi and, for a nullable one, the bound flag's.
    phis: Vec<Vec<(PhiValue<'ctx>, Option<PhiValue<'ctx>>)>>,
    /// Block parameters held as `PRepr::Nullable*`.
    nullable: HashMap<Value, PRepr>,
    /// Bytecode instruction by offset.
    instr_at: HashMap<u32, &'a Instr>,
    /// Entry-block buffer of `rjit_box_values` entries (32 bytes each, one per slot at most).
    boxbuf: PointerValue<'ctx>,
    /// Entry-block arrays, one element per fast local (`shadow_store`): the bits of the unboxed
    /// value a `Maybe` local stands for, and whether it is bound. `rjit_box_locals` boxes from
    /// them, so a full sync of the locals is one call with constant arguments.
    shadow: PointerValue<'ctx>,
    shadow_bound: PointerValue<'ctx>,
}

pub(super) fn lower<'ctx, 'a>(l: &mut Lower<'ctx, 'a>, f: &'a Func) -> R<()> {
    if let Err(why) = crate::hir::lowerable::check(f, !l.an.handlers.is_empty()) {
        return refuse(why);
    }
    let nlocals = l.snap.nlocalsplus as usize;
    let nslots = nlocals + l.snap.stacksize as usize;
    let an = l.an;
    let mut t = Typed {
        f,
        nlocals,
        nslots,
        vals: HashMap::new(),
        ident: HashMap::new(),
        cur: None,
        konst: HashMap::new(),
        consts: HashSet::new(),
        quiet_tuples: f
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .filter(|i| match &i.op {
                Op::Generic {
                    op: Opcode::BuildTuple,
                    inputs,
                    ..
                } => inputs
                    .iter()
                    .all(|v| f.types.get(v.0 as usize).is_some_and(|t| t.within(QUIET))),
                _ => false,
            })
            .map(|i| i.results[0])
            .collect(),
        phys: vec![Ph::Null; nslots],
        blocks: Vec::new(),
        phis: Vec::new(),
        nullable: HashMap::new(),
        instr_at: an.instrs.iter().map(|i| (i.offset, i)).collect(),
        boxbuf: {
            // Up to two entries per slot (a value and the holder it shares).
            let n = 2 * nslots as u32 + 1;
            l.b.build_alloca(l.i64.array_type(4 * n), "boxbuf")
                .map_err(be)?
        },
        shadow: l
            .b
            .build_alloca(l.i64.array_type(nlocals.max(1) as u32), "shadow")
            .map_err(be)?,
        shadow_bound: l
            .b
            .build_alloca(
                l.ctx.i8_type().array_type(nlocals.max(1) as u32),
                "shadow_bound",
            )
            .map_err(be)?,
        l,
    };
    t.run()
}

impl<'ctx, 'a> Typed<'_, 'ctx, 'a> {
    fn ty(&self, v: Value) -> Type {
        self.f.types.get(v.0 as usize).copied().unwrap_or(Type::ANY)
    }

    fn repr(&self, v: Value) -> Repr {
        self.f
            .reprs
            .get(v.0 as usize)
            .copied()
            .unwrap_or(Repr::Boxed)
    }

    fn val(&self, v: Value) -> R<LV<'ctx>> {
        self.vals
            .get(&v)
            .copied()
            .ok_or_else(|| be(format!("typed: v{} used before its definition", v.0)))
    }

    fn base(&self, mut v: Value) -> Value {
        while let Some(&u) = self.ident.get(&v) {
            v = u;
        }
        v
    }

    fn unboxed(&self, v: Value) -> R<bool> {
        Ok(!matches!(self.val(v)?, LV::Obj(_)))
    }

    /// A value that is statically NULL (an unbound local, LOAD_GLOBAL's NULL).
    fn is_null(&self, v: Value) -> bool {
        self.ty(v).within(Type(Type::UNBOUND.0 | Type::NULL.0))
    }

    /// The address of frame slot `j`: a fast local, or a value-stack alloca.
    fn slot_ptr(&self, j: usize) -> R<PointerValue<'ctx>> {
        if j < self.nlocals {
            self.l.local_ptr(j as u32)
        } else {
            Ok(self.l.slots[j - self.nlocals])
        }
    }

    fn load_slot(&self, j: usize) -> R<PointerValue<'ctx>> {
        let p = self.slot_ptr(j)?;
        Ok(self
            .l
            .b
            .build_load(self.l.ptr, p, "slot")
            .map_err(be)?
            .into_pointer_value())
    }

    fn store_slot(&self, j: usize, v: PointerValue<'ctx>) -> R<()> {
        let p = self.slot_ptr(j)?;
        self.l.b.build_store(p, v).map_err(be)?;
        Ok(())
    }

    fn xincref(&self, v: PointerValue<'ctx>) -> R<()> {
        let l = &self.l;
        let null = l.b.build_is_null(v, "isnull").map_err(be)?;
        let some = l.new_block("xinc");
        let cont = l.new_block("cont");
        l.b.build_conditional_branch(null, cont, some).map_err(be)?;
        l.b.position_at_end(some);
        l.incref(v)?;
        l.b.build_unconditional_branch(cont).map_err(be)?;
        l.b.position_at_end(cont);
        Ok(())
    }

    /// The slots a frame state describes: its locals, then its stack, then nothing.
    fn want_of(&self, s: &FrameState, subst: &HashMap<Value, Value>) -> Vec<Option<Value>> {
        let sub = |v: &Value| Some(*subst.get(v).unwrap_or(v));
        let mut w: Vec<Option<Value>> = s.locals.iter().chain(&s.stack).map(sub).collect();
        w.resize(self.nslots, None);
        w
    }

    /// The slots after an instruction at state `st` popped `popped` values and pushed
    /// `pushed` (bottom first).
    fn after(&self, st: &FrameState, popped: usize, pushed: &[Value]) -> Vec<Option<Value>> {
        let mut w: Vec<Option<Value>> = st
            .locals
            .iter()
            .chain(&st.stack[..st.stack.len() - popped])
            .chain(pushed)
            .map(|&v| Some(v))
            .collect();
        w.resize(self.nslots, None);
        w
    }

    /// Whether what `ph` holds is what slot value `v` needs (the same object).
    fn holds_same(&self, ph: Ph, v: Value) -> bool {
        match ph {
            Ph::Null => self.is_null(v),
            Ph::Holds(w) | Ph::Maybe(w) | Ph::Borrowed(w) => self.base(w) == self.base(v),
            Ph::Dead => false,
        }
    }

    /// A new reference to an object `v` already has without boxing (a boxed value, a guard's
    /// view, a constant), or `None` when it needs a box.
    fn known_object(&self, v: Value) -> R<Option<PointerValue<'ctx>>> {
        let b = self.base(v);
        if let LV::Obj(p) = self.val(b)? {
            return Ok(Some(p));
        }
        if let Some(&k) = self.konst.get(&b) {
            return Ok(Some(self.l.table_entry(k)?));
        }
        Ok(None)
    }

    /// Value `r` is the object frame slot `j` holds (owned by the slot): read back where paths
    /// that each stored it there join.
    fn held_in(&mut self, j: usize, r: Value) -> R<()> {
        let p = self.load_slot(j)?;
        self.vals.insert(r, LV::Obj(p));
        self.phys[j] = Ph::Holds(r);
        Ok(())
    }

    /// A new reference to `v`'s object, for a store to the heap (a list item, an attribute, an
    /// appended item) or a return: the object `v` is (`known_object`), or the one a frame slot
    /// already holds for it (`Holds`, or at run time a `Maybe` slot's if not NULL), or else a
    /// new box, which a `Maybe` slot standing for `v` then keeps too. Identity is observable
    /// (`out.append(t)`, then `out[-1] is t`): every place `v` reaches gets the same object, as
    /// materializing a frame shares a holder's (`materialize_some`). The slots' description is
    /// unchanged (a filled `Maybe` slot is still `Maybe`), so any path may call it.
    fn object_of(&mut self, v: Value) -> R<PointerValue<'ctx>> {
        if let LV::Obj(p) = self.val(v)? {
            self.l.incref(p)?;
            return Ok(p);
        }
        if let Some(p) = self.known_object(v)? {
            self.l.incref(p)?;
            return Ok(p);
        }
        let b = self.base(v);
        let mine = |ph: Ph| matches!(ph, Ph::Holds(w) | Ph::Maybe(w) if self.base(w) == b);
        if let Some(j) =
            (0..self.nslots).find(|&j| matches!(self.phys[j], Ph::Holds(_)) && mine(self.phys[j]))
        {
            let p = self.load_slot(j)?;
            self.l.incref(p)?;
            return Ok(p);
        }
        let maybe: Vec<usize> = (0..self.nslots).filter(|&j| mine(self.phys[j])).collect();
        let Some(&j0) = maybe.first() else {
            // In no slot: a temporary, which nothing else boxes.
            return self.new_box(v);
        };
        // The slots standing for `v` hold its object or NULL, alike (syncs fill them together):
        // the first one's object, or a new box they all keep too.
        let cur = self.load_slot(j0)?;
        let from = self.l.here()?;
        let null = self.l.b.build_is_null(cur, "no_obj").map_err(be)?;
        let mk = self.l.new_block("box_for_slots");
        let done = self.l.new_block("boxed_for_slots");
        self.l
            .b
            .build_conditional_branch(null, mk, done)
            .map_err(be)?;
        self.l.b.position_at_end(mk);
        // The box's reference is the first slot's; the others take their own, where empty.
        let p = self.new_box(v)?;
        self.store_slot(j0, p)?;
        for &j in &maybe[1..] {
            let other = self.load_slot(j)?;
            let empty = self.l.b.build_is_null(other, "empty").map_err(be)?;
            let fill = self.l.new_block("fill_slot");
            let next = self.l.new_block("filled_slot");
            self.l
                .b
                .build_conditional_branch(empty, fill, next)
                .map_err(be)?;
            self.l.b.position_at_end(fill);
            self.l.incref(p)?;
            self.store_slot(j, p)?;
            self.l.b.build_unconditional_branch(next).map_err(be)?;
            self.l.b.position_at_end(next);
        }
        let mk_end = self.l.here()?;
        self.l.b.build_unconditional_branch(done).map_err(be)?;
        self.l.b.position_at_end(done);
        let obj = self
            .l
            .phi(self.l.ptr, &[(cur, from), (p, mk_end)], "obj")?
            .into_pointer_value();
        self.l.incref(obj)?;
        Ok(obj)
    }

    /// A new object for unboxed `v` (a box, or `True`/`False`), owned by the caller.
    fn new_box(&self, v: Value) -> R<PointerValue<'ctx>> {
        match self.val(v)? {
            LV::I(i) => self.l.box_int(i),
            LV::F(x) => self.l.call_obj("PyFloat_FromDouble", &[x.into()]),
            LV::B(c) => self.l.bool_obj(c),
            LV::Obj(p) => {
                self.l.incref(p)?;
                Ok(p)
            }
            LV::N(bits, is_float) => {
                let f64t = self.l.ctx.f64_type();
                let fl = self.l.new_block("box_num_float");
                let int = self.l.new_block("box_num_int");
                let done = self.l.new_block("boxed_num");
                self.l
                    .b
                    .build_conditional_branch(is_float, fl, int)
                    .map_err(be)?;
                self.l.b.position_at_end(fl);
                let x = self.l.b.build_bit_cast(bits, f64t, "num_f").map_err(be)?;
                let pf = self.l.call_obj("PyFloat_FromDouble", &[x.into()])?;
                let fl_end = self.l.here()?;
                self.l.b.build_unconditional_branch(done).map_err(be)?;
                self.l.b.position_at_end(int);
                let pi = self.l.box_int(bits)?;
                let int_end = self.l.here()?;
                self.l.b.build_unconditional_branch(done).map_err(be)?;
                self.l.b.position_at_end(done);
                Ok(self
                    .l
                    .phi(self.l.ptr, &[(pf, fl_end), (pi, int_end)], "obj")?
                    .into_pointer_value())
            }
            LV::NI(_, bound) | LV::NF(_, bound) => {
                // NULL while unbound.
                let here = self.l.here()?;
                let mk = self.l.new_block("box_bound");
                let done = self.l.new_block("boxed_bound");
                self.l
                    .b
                    .build_conditional_branch(bound, mk, done)
                    .map_err(be)?;
                self.l.b.position_at_end(mk);
                let p = match self.val(v)? {
                    LV::NI(i, _) => self.l.box_int(i)?,
                    LV::NF(x, _) => self.l.call_obj("PyFloat_FromDouble", &[x.into()])?,
                    _ => return Err(be("typed: a value changed its form")),
                };
                let mk_end = self.l.here()?;
                self.l.b.build_unconditional_branch(done).map_err(be)?;
                self.l.b.position_at_end(done);
                Ok(self
                    .l
                    .phi(
                        self.l.ptr,
                        &[(self.l.ptr.const_null(), here), (p, mk_end)],
                        "obj",
                    )?
                    .into_pointer_value())
            }
        }
    }

    /// A parameter's form (`PRepr`).
    fn prepr(&self, p: Value) -> PRepr {
        self.nullable
            .get(&p)
            .copied()
            .unwrap_or(PRepr::Plain(self.repr(p)))
    }

    /// Which boxed parameters of type `Unbound|Int` or `Unbound|Float` can be held unboxed with
    /// a bound flag: every value an edge passes them is unbound, unboxed as the same kind, or
    /// such a parameter of the same kind (to a fixpoint); and which of type `Int|Float` can be
    /// held as a number and its kind (`PRepr::Num`): every value reaching them is an unboxed
    /// int or float, or such a parameter.
    fn find_nullable(&mut self) {
        let mut cand: HashMap<Value, PRepr> = HashMap::new();
        for b in &self.f.blocks {
            for &p in &b.params {
                if self.repr(p) != Repr::Boxed {
                    continue;
                }
                let t = self.ty(p);
                if t == Type(Type::UNBOUND.0 | Type::INT.0) {
                    cand.insert(p, PRepr::NullableI64);
                } else if t == Type(Type::UNBOUND.0 | Type::FLOAT.0) {
                    cand.insert(p, PRepr::NullableF64);
                } else if t == Type::INT.union(Type::FLOAT) {
                    cand.insert(p, PRepr::Num);
                }
            }
        }
        loop {
            let mut drop = Vec::new();
            for b in &self.f.blocks {
                for e in b.term.edges() {
                    let params = &self.f.blocks[e.to.0 as usize].params;
                    for (p, a) in params.iter().zip(&e.args) {
                        let Some(&want) = cand.get(p) else { continue };
                        let ok = match want {
                            // An unboxed int or float, or another such parameter.
                            PRepr::Num => {
                                matches!(self.repr(*a), Repr::I64 | Repr::F64)
                                    || cand.get(a) == Some(&want)
                            }
                            _ => {
                                let same = match want {
                                    PRepr::NullableI64 => Repr::I64,
                                    _ => Repr::F64,
                                };
                                self.ty(*a) == Type::UNBOUND
                                    || self.repr(*a) == same
                                    || cand.get(a) == Some(&want)
                            }
                        };
                        if !ok {
                            drop.push(*p);
                        }
                    }
                }
            }
            if drop.is_empty() {
                break;
            }
            for p in drop {
                cand.remove(&p);
            }
        }
        self.nullable = cand;
    }

    /// Light sync: every slot to what `want` names (module documentation). Releases come last;
    /// one that may run code is preceded by a full sync.
    fn sync(&mut self, want: &[Option<Value>]) -> R<()> {
        let mut release: Vec<(PointerValue<'ctx>, bool)> = Vec::new();
        for (j, w) in want.iter().enumerate() {
            let ph = self.phys[j];
            let Some(v) = *w else {
                if matches!(ph, Ph::Holds(_) | Ph::Maybe(_)) {
                    let old = self.load_slot(j)?;
                    release.push((old, self.noisy(ph)));
                    self.store_slot(j, self.l.ptr.const_null())?;
                    self.phys[j] = Ph::Null;
                } else if matches!(ph, Ph::Borrowed(_)) {
                    self.phys[j] = Ph::Dead;
                }
                continue;
            };
            if self.holds_same(ph, v) {
                // The same object: only the name changes (a guard's view of what it holds).
                self.phys[j] = match ph {
                    Ph::Null | Ph::Dead => Ph::Null,
                    Ph::Holds(_) => Ph::Holds(v),
                    Ph::Borrowed(_) if self.can_borrow(j, v, want)? => Ph::Borrowed(v),
                    Ph::Borrowed(_) => {
                        // Its owner goes: the slot takes a reference of its own (before any
                        // release of this sync).
                        self.own(j, v)?;
                        Ph::Holds(v)
                    }
                    Ph::Maybe(_) if self.unboxed(v)? => Ph::Maybe(v),
                    Ph::Maybe(_) => {
                        // Boxed now: make sure the slot holds it.
                        let p = self
                            .known_object(v)?
                            .ok_or_else(|| be("typed: lost object"))?;
                        let cur = self.load_slot(j)?;
                        let null = self.l.b.build_is_null(cur, "isnull").map_err(be)?;
                        let fill = self.l.new_block("fill");
                        let cont = self.l.new_block("cont");
                        self.l
                            .b
                            .build_conditional_branch(null, fill, cont)
                            .map_err(be)?;
                        self.l.b.position_at_end(fill);
                        self.xincref(p)?;
                        self.store_slot(j, p)?;
                        self.l.b.build_unconditional_branch(cont).map_err(be)?;
                        self.l.b.position_at_end(cont);
                        Ph::Holds(v)
                    }
                };
                continue;
            }
            if matches!(ph, Ph::Holds(_) | Ph::Maybe(_)) {
                let old = self.load_slot(j)?;
                release.push((old, self.noisy(ph)));
            }
            if self.can_borrow(j, v, want)? {
                self.phys[j] = Ph::Borrowed(v);
            } else if self.unboxed(v)? {
                // An object the number already is (a guard's view, a constant) is kept with
                // it: no allocation, and the identity survives merges, where the value becomes
                // a parameter of its own.
                if let Some(p) = self.known_object(v)? {
                    self.l.incref(p)?;
                    self.store_slot(j, p)?;
                    self.phys[j] = Ph::Holds(v);
                } else {
                    self.store_slot(j, self.l.ptr.const_null())?;
                    self.phys[j] = Ph::Maybe(v);
                    self.shadow_store(j, v)?;
                }
            } else {
                let LV::Obj(p) = self.val(v)? else {
                    return Err(be("typed: a value changed its form"));
                };
                if !self.is_null(v) {
                    self.xincref(p)?;
                }
                self.store_slot(j, p)?;
                self.phys[j] = if self.is_null(v) {
                    Ph::Null
                } else {
                    Ph::Holds(v)
                };
            }
        }
        let mut noisy = Vec::new();
        for (old, n) in release {
            if n {
                noisy.push(old);
            } else {
                self.l.xdecref(old)?;
            }
        }
        if noisy.is_empty() {
            return Ok(());
        }
        self.release_checked(&noisy, want)
    }

    /// Release `olds` (each NULL or an object whose deallocation may run Python code): plain
    /// decrements while others hold them all; when any is down to its last reference, the frame
    /// is fully synced to `want` once first (a `__del__` may look at it), then all released.
    fn release_checked(&mut self, olds: &[PointerValue<'ctx>], want: &[Option<Value>]) -> R<()> {
        let l = &self.l;
        // NULL reads `None`'s count instead (never 1).
        let none = l.global("_Py_NoneStruct");
        let mut any = l.ctx.bool_type().const_zero();
        for &old in olds {
            let null = l.b.build_is_null(old, "isnull").map_err(be)?;
            let p =
                l.b.build_select(null, none, old, "rc_of")
                    .map_err(be)?
                    .into_pointer_value();
            let rc = l.load_int(l.i64, p, 0)?;
            let last =
                l.b.build_int_compare(IntPredicate::EQ, rc, l.c64(1), "last")
                    .map_err(be)?;
            any = l.b.build_or(any, last, "any_last").map_err(be)?;
        }
        let shared = l.new_block("rel_shared");
        let slow = l.new_block("rel_last");
        let done = l.new_block("released");
        l.branch_expecting(any, slow, shared, false)?;
        l.b.position_at_end(shared);
        for &old in olds {
            self.l.xdecref(old)?;
        }
        self.l.b.build_unconditional_branch(done).map_err(be)?;
        self.l.b.position_at_end(slow);
        // The slow path leaves objects where the fast path may leave NULL: both are what the
        // fast path's description (`Maybe`) allows.
        let saved = self.phys.clone();
        self.materialize(want)?;
        if let Some(at) = self.cur {
            self.l.set_prev_instr(at)?;
        }
        for &old in olds {
            self.l.xdecref(old)?;
        }
        self.l.b.build_unconditional_branch(done).map_err(be)?;
        self.phys = saved;
        self.l.b.position_at_end(done);
        Ok(())
    }

    /// Whether value-stack slot `j` may stand for `v` without a reference (`Ph::Borrowed`)
    /// once the slots are synced to `want`: `v` has an object that a constant of the code or a
    /// fast local of `want` holds.
    fn can_borrow(&self, j: usize, v: Value, want: &[Option<Value>]) -> R<bool> {
        if j < self.nlocals || self.is_null(v) || self.known_object(v)?.is_none() {
            return Ok(false);
        }
        let b = self.base(v);
        if self.consts.contains(&b) || self.konst.contains_key(&b) {
            return Ok(true);
        }
        for w in want[..self.nlocals].iter().flatten() {
            if self.base(*w) == b && self.known_object(*w)?.is_some() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Give value-stack slot `j`, which stands for `v`, a reference of its own.
    fn own(&mut self, j: usize, v: Value) -> R<()> {
        let p = self
            .known_object(v)?
            .ok_or_else(|| be("typed: a borrowed value without an object"))?;
        self.l.incref(p)?;
        self.store_slot(j, p)?;
        self.phys[j] = Ph::Holds(v);
        Ok(())
    }

    /// Every borrowed slot owned (`Ph::Borrowed`).
    fn own_borrowed(&mut self) -> R<()> {
        for j in 0..self.nslots {
            if let Ph::Borrowed(v) = self.phys[j] {
                self.own(j, v)?;
            }
        }
        Ok(())
    }

    /// BINARY_SUBSCR of an exact list or tuple by an int: the item (a new reference) replaces
    /// the container in its stack slot; an index out of range deopts (the interpreter raises).
    fn subscr(&mut self, inputs: &[Value], result: Value, s: StateId) -> R<()> {
        let st = self.state(s);
        let (items, n) = self.synced_items(s, inputs[0])?;
        let i = self.index_in(inputs[1], n, s)?;
        let l = &self.l;
        let off = l.b.build_int_mul(i, l.c64(8), "off").map_err(be)?;
        let item =
            l.b.build_load(l.ptr, l.gep_dyn(items, off)?, "item")
                .map_err(be)?
                .into_pointer_value();
        l.incref(item)?;
        // The stack: `[.., c, i]` becomes `[.., item]`.
        let at = self.nlocals + st.stack.len() - 2;
        let old = self.load_slot(at)?;
        let was = self.phys[at];
        self.store_slot(at, item)?;
        self.vals.insert(result, LV::Obj(item));
        self.phys[at] = Ph::Holds(result);
        let after = self.after(st, 2, &[result]);
        if matches!(was, Ph::Holds(_) | Ph::Maybe(_)) {
            self.release_checked(&[old], &after)?;
        }
        Ok(())
    }

    /// GET_ITER: an exact list's or tuple's iterator is made with the slots only lightly
    /// synced (`PyObject_GetIter` runs no Python code for them); anything else goes through
    /// the generic GET_ITER with the frame fully synced. The paths join with the fast path's
    /// description of the slots, as FOR_ITER's do.
    fn get_iter(&mut self, offset: u32, input: Value, result: Value, s: StateId) -> R<()> {
        let ins = self.instr(offset)?;
        let st = self.state(s);
        // The paths below must agree on the slots; the iterable's slot gives its reference up.
        let want = self.light_sync(s)?;
        let LV::Obj(v) = self.val(input)? else {
            return Err(be("typed: an unboxed iterable"));
        };
        let depth = st.stack.len();
        let at = self.nlocals + depth - 1;
        let join = self.l.new_block("iter_made");
        let slow = self.l.new_block("get_iter_slow");
        let fast = self.l.new_block("get_iter_seq");
        let l = &self.l;
        let t = l.load_ptr(v, cp::OB_TYPE)?;
        let is_list = l.ptr_eq(t, l.global("PyList_Type"))?;
        let is_tuple = l.ptr_eq(t, l.global("PyTuple_Type"))?;
        let seq = l.b.build_or(is_list, is_tuple, "is_seq").map_err(be)?;
        l.b.build_conditional_branch(seq, fast, slow).map_err(be)?;
        l.b.position_at_end(fast);
        let it = l.call_obj("PyObject_GetIter", &[v.into()])?;
        let failed = l.new_block("get_iter_failed");
        let made = l.new_block("get_iter_ok");
        let null = l.b.build_is_null(it, "isnull").map_err(be)?;
        l.branch_expecting(null, failed, made, false)?;
        l.b.position_at_end(made);
        // The iterator holds the sequence now: this release runs nothing.
        l.decref(v)?;
        self.store_slot(at, it)?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;

        let light = self.phys.clone();
        // Out of memory: the frame synced, the sequence released (as the interpreter does),
        // then the error.
        self.l.b.position_at_end(failed);
        self.materialize(&want)?;
        self.l.decref(v)?;
        self.l.depth = depth as u32 - 1;
        let err = self.l.error_block(&ins)?;
        self.l.b.build_unconditional_branch(err).map_err(be)?;
        self.generic_on_slow_path(&ins, depth, &want, &light, [slow, join])?;
        self.held_in(at, result)?;
        Ok(())
    }

    /// UNPACK_SEQUENCE of an exact list or tuple: its items (new references) replace it on the
    /// stack, the first on top; another length deopts (the interpreter raises the ValueError).
    fn unpack(&mut self, inputs: &[Value], results: &[Value], s: StateId) -> R<()> {
        let st = self.state(s);
        let (items, n) = self.synced_items(s, inputs[0])?;
        let count = results.len();
        let l = &self.l;
        let ok =
            l.b.build_int_compare(IntPredicate::EQ, n, l.c64(count as u64), "len_ok")
                .map_err(be)?;
        self.check(ok, s)?;
        let at = self.nlocals + st.stack.len() - 1;
        let old = self.load_slot(at)?;
        let was = self.phys[at];
        for (k, &r) in results.iter().enumerate() {
            let l = &self.l;
            let item =
                l.b.build_load(l.ptr, l.gep(items, 8 * k)?, "item")
                    .map_err(be)?
                    .into_pointer_value();
            l.incref(item)?;
            let j = at + count - 1 - k;
            self.store_slot(j, item)?;
            self.vals.insert(r, LV::Obj(item));
            self.phys[j] = Ph::Holds(r);
        }
        let pushed: Vec<Value> = results.iter().rev().copied().collect();
        let after = self.after(st, 1, &pushed);
        if matches!(was, Ph::Holds(_) | Ph::Maybe(_)) {
            self.release_checked(&[old], &after)?;
        }
        Ok(())
    }

    /// STORE_SUBSCR into an exact list by an int: the value's object (boxed for an unboxed
    /// value) replaces the item; the item it replaces is released as `release_checked` does.
    fn store_subscr(&mut self, inputs: &[Value], s: StateId) -> R<()> {
        let st = self.state(s);
        let v = inputs[0];
        // A local holds the value too: its slot takes the object stored (`object_of`), and the
        // list's old float is not reused for it.
        let shared = st.locals.contains(&v);
        if shared {
            self.light_sync(s)?;
        }
        let (items, n) = self.synced_items(s, inputs[1])?;
        let i = self.index_in(inputs[2], n, s)?;
        let done = self.l.new_block("stored");
        if let (LV::F(x), None, false) = (self.val(v)?, self.known_object(v)?, shared) {
            // An exact float only the list holds takes the new value in place, as the generic
            // tier's float arithmetic reuses its operands' boxes: no other reference exists
            // (a borrowed slot's owner would count), so the write is unobservable.
            let l = &self.l;
            let off = l.b.build_int_mul(i, l.c64(8), "off").map_err(be)?;
            let old =
                l.b.build_load(l.ptr, l.gep_dyn(items, off)?, "old")
                    .map_err(be)?
                    .into_pointer_value();
            let t = l.load_ptr(old, cp::OB_TYPE)?;
            let is_f = l.ptr_eq(t, l.global("PyFloat_Type"))?;
            let rc = l.load_int(l.i64, old, 0)?;
            let alone =
                l.b.build_int_compare(IntPredicate::EQ, rc, l.c64(1), "alone")
                    .map_err(be)?;
            let reuse = l.b.build_and(is_f, alone, "reuse").map_err(be)?;
            let in_place = l.new_block("store_in_place");
            let boxed = l.new_block("store_boxed");
            l.branch_expecting(reuse, in_place, boxed, true)?;
            l.b.position_at_end(in_place);
            l.b.build_store(l.gep(old, cp::FLOAT_VALUE)?, x)
                .map_err(be)?;
            l.b.build_unconditional_branch(done).map_err(be)?;
            l.b.position_at_end(boxed);
        }
        let new = self.object_of(v)?;
        let l = &self.l;
        let off = l.b.build_int_mul(i, l.c64(8), "off").map_err(be)?;
        let slot = l.gep_dyn(items, off)?;
        let old =
            l.b.build_load(l.ptr, slot, "old")
                .map_err(be)?
                .into_pointer_value();
        l.b.build_store(slot, new).map_err(be)?;
        // What the frame is after the store: its three inputs popped.
        let after = self.after(st, 3, &[]);
        // A replaced int or float runs no code when released.
        let t = self.l.load_ptr(old, cp::OB_TYPE)?;
        let is_f = self.l.ptr_eq(t, self.l.global("PyFloat_Type"))?;
        let is_i = self.l.ptr_eq(t, self.l.global("PyLong_Type"))?;
        let quiet = self.l.b.build_or(is_f, is_i, "quiet").map_err(be)?;
        let plain = self.l.new_block("rel_number");
        let checked = self.l.new_block("rel_other");
        self.l
            .b
            .build_conditional_branch(quiet, plain, checked)
            .map_err(be)?;
        self.l.b.position_at_end(plain);
        self.l.decref(old)?;
        self.l.b.build_unconditional_branch(done).map_err(be)?;
        self.l.b.position_at_end(checked);
        self.release_checked(&[old], &after)?;
        self.l.b.build_unconditional_branch(done).map_err(be)?;
        self.l.b.position_at_end(done);
        Ok(())
    }

    /// The slow path of an instruction lowered with a light sync: in `slow`, the frame fully
    /// synced to `want` and the generic instruction `ins` run there (its own inline paths and
    /// helper, which may run Python code and raise), then on to `join`, where the builder is
    /// left and the slots are described as `light` (what the fast path synced them to: the
    /// full sync only turned `Maybe` slots into objects, which `Maybe` allows).
    fn generic_on_slow_path(
        &mut self,
        ins: &Instr,
        depth: usize,
        want: &[Option<Value>],
        light: &[Ph],
        [slow, join]: [BasicBlock<'ctx>; 2],
    ) -> R<()> {
        self.phys = light.to_vec();
        self.l.b.position_at_end(slow);
        self.materialize(want)?;
        self.l.depth = depth as u32;
        self.l.naming = ins.offset;
        if !self.l.lower_instr(ins)? {
            return Err(be(format!("typed: {} ended its block", ins.op.name())));
        }
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.l.b.position_at_end(join);
        self.phys = light.to_vec();
        Ok(())
    }

    /// The bytecode instruction at `offset`.
    fn instr(&self, offset: u32) -> R<Instr> {
        self.instr_at
            .get(&offset)
            .map(|i| **i)
            .ok_or_else(|| be("typed: no instruction at an offset"))
    }

    /// The slots lightly synced to state `s`, borrowed slots owned (so that a fast path and
    /// a slow path that syncs fully can join with the light description): the state's want.
    fn light_sync(&mut self, s: StateId) -> R<Vec<Option<Value>>> {
        let want = self.want_of(self.state(s), &HashMap::new());
        self.sync(&want)?;
        self.own_borrowed()?;
        Ok(want)
    }

    /// LOAD_GLOBAL with the slots lightly synced: the value from the inline cache; on a miss,
    /// the frame fully synced and `rjit_load_global` (which fills the cache, and may raise
    /// NameError). The paths join with the light description of the slots, as GET_ITER's do.
    fn load_global(&mut self, offset: u32, result: Value, s: StateId) -> R<()> {
        let ins = self.instr(offset)?;
        let st = self.state(s);
        let want = self.light_sync(s)?;
        let depth = st.stack.len();
        let slow = self.l.new_block("typed_global_miss");
        let join = self.l.new_block("typed_global");
        let cache = self.l.cache_of(&ins)?;
        let cached = self.l.global_cached(cache, slow)?;
        self.l.incref(cached)?;
        let hit_end = self.l.here()?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        let light = self.phys.clone();
        self.l.b.position_at_end(slow);
        self.materialize(&want)?;
        self.l.depth = depth as u32;
        self.l.set_prev_instr(offset)?;
        let name = self.l.name_entry(ins.arg >> 1)?;
        let looked_up = self.l.call_obj(
            "rjit_load_global",
            &[self.l.frame.into(), name.into(), cache.into()],
        )?;
        self.l.null_check(looked_up, &ins)?;
        let slow_end = self.l.here()?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.l.b.position_at_end(join);
        self.phys = light;
        let v = self
            .l
            .phi(
                self.l.ptr,
                &[(cached, hit_end), (looked_up, slow_end)],
                "global",
            )?
            .into_pointer_value();
        // The stack: `[..]` becomes `[.., NULL, v]` (with the low bit) or `[.., v]`.
        let mut at = self.nlocals + depth;
        if ins.arg & 1 == 1 {
            if matches!(self.phys[at], Ph::Holds(_) | Ph::Maybe(_)) {
                return Err(be("typed: LOAD_GLOBAL over a held slot"));
            }
            self.store_slot(at, self.l.ptr.const_null())?;
            self.phys[at] = Ph::Null;
            at += 1;
        }
        if matches!(self.phys[at], Ph::Holds(_) | Ph::Maybe(_)) {
            return Err(be("typed: LOAD_GLOBAL over a held slot"));
        }
        self.store_slot(at, v)?;
        self.vals.insert(result, LV::Obj(v));
        self.phys[at] = Ph::Holds(result);
        Ok(())
    }

    /// MAKE_CELL or COPY_FREE_VARS, which open a function with cells (no frame state: nothing
    /// has run yet): the generic instruction on the fast locals it rewrites, each of which must
    /// hold its object or nothing, as the interpreter's frame does; its results are the cells
    /// (or free variables) those locals then hold.
    fn make_cells(&mut self, offset: u32, results: &[Value]) -> R<()> {
        let ins = self.instr(offset)?;
        let slots: Vec<usize> = if ins.op == Opcode::MakeCell {
            vec![ins.arg as usize]
        } else {
            let n = ins.arg as usize;
            (self
                .nlocals
                .checked_sub(n)
                .ok_or_else(|| be("typed: free variables"))?..self.nlocals)
                .collect()
        };
        if slots.len() != results.len()
            || slots
                .iter()
                .any(|&j| !matches!(self.phys.get(j), Some(Ph::Holds(_) | Ph::Null)))
        {
            return refuse("cells of locals that do not hold their objects");
        }
        self.l.naming = offset;
        if !self.l.lower_instr(&ins)? {
            return refuse(format!("{} ends its block", ins.op.name()));
        }
        for (&j, &r) in slots.iter().zip(results) {
            self.held_in(j, r)?;
        }
        Ok(())
    }

    /// LOAD_DEREF (`f.quiet`) with the slots lightly synced: the cell's contents, read inline;
    /// an empty cell (the name unbound) syncs the frame fully and runs the generic instruction,
    /// which raises. The paths join with the light description of the slots.
    fn load_deref(&mut self, offset: u32, cell: Value, result: Value, s: StateId) -> R<()> {
        let ins = self.instr(offset)?;
        let st = self.state(s);
        let want = self.light_sync(s)?;
        let depth = st.stack.len();
        let at = self.nlocals + depth;
        if matches!(self.phys[at], Ph::Holds(_) | Ph::Maybe(_)) {
            return Err(be("typed: LOAD_DEREF over a held slot"));
        }
        let LV::Obj(cell) = self.val(cell)? else {
            return Err(be("typed: an unboxed cell"));
        };
        let light = self.phys.clone();
        let slow = self.l.new_block("typed_deref_unbound");
        let hit = self.l.new_block("typed_deref_bound");
        let join = self.l.new_block("typed_deref");
        let v = self.l.load_ptr(cell, cp::CELL_REF)?;
        let bound = self.l.b.build_is_not_null(v, "bound").map_err(be)?;
        self.l.branch_expecting(bound, hit, slow, true)?;
        self.l.b.position_at_end(hit);
        self.l.incref(v)?;
        self.store_slot(at, v)?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.generic_on_slow_path(&ins, depth, &want, &light, [slow, join])?;
        self.held_in(at, result)?;
        Ok(())
    }

    /// LOAD_ATTR or LOAD_METHOD where quickening found a module's attribute (`f.quiet`), with
    /// the slots lightly synced: the attribute from the inline cache (`Lower::module_attr`) in
    /// place of the module (`[NULL, attribute]` for LOAD_METHOD); on a miss, the frame fully
    /// synced and the generic instruction. The paths join with the light description of the
    /// other slots.
    fn module_attr(&mut self, offset: u32, input: Value, results: &[Value], s: StateId) -> R<()> {
        let ins = self.instr(offset)?;
        let st = self.state(s);
        let want = self.light_sync(s)?;
        let depth = st.stack.len();
        let at = self.nlocals + depth - 1;
        let LV::Obj(obj) = self.val(input)? else {
            return Err(be("typed: an attribute of an unboxed value"));
        };
        // The slots the results go to, from the module's.
        let slots: Vec<usize> = (at..at + results.len()).collect();
        if slots[1..]
            .iter()
            .any(|&j| matches!(self.phys[j], Ph::Holds(_) | Ph::Maybe(_)))
        {
            return Err(be("typed: LOAD_METHOD over a held slot"));
        }
        let light = self.phys.clone();
        let name = self.l.name_entry(ins.arg)?;
        let cache = self.l.cache_of(&ins)?;
        let slow = self.l.new_block("typed_module_attr_miss");
        let join = self.l.new_block("typed_module_attr");
        let v = self.l.module_attr(obj, name, cache, slow)?;
        self.l.incref(v)?;
        if results.len() == 2 {
            self.store_slot(at, self.l.ptr.const_null())?;
        }
        self.store_slot(at + results.len() - 1, v)?;
        for (k, (&j, &r)) in slots.iter().zip(results).enumerate() {
            let p = if k + 1 == results.len() {
                v
            } else {
                self.l.ptr.const_null()
            };
            self.vals.insert(r, LV::Obj(p));
            self.phys[j] = Ph::Holds(r);
        }
        // The module's reference leaves the stack (a noisy release syncs the frame as it is
        // after the instruction: the values above are what it holds on this path).
        let after = self.after(st, 1, results);
        self.release_checked(&[obj], &after)?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.generic_on_slow_path(&ins, depth, &want, &light, [slow, join])?;
        for (&j, &r) in slots.iter().zip(results) {
            self.held_in(j, r)?;
        }
        Ok(())
    }

    /// LOAD_METHOD of a method computed in place (`f.quiet`, `hir::inline`), with the slots
    /// lightly synced: the method from the site's inline paths (`Lower::method_hit`: a method
    /// of the class no instance attribute shadows) below the owner, whose reference moves up
    /// a slot; on a miss, the frame fully synced and the generic instruction (which may run
    /// code, and may find no method: `[NULL, attribute]`, which the `Op::Callee` check after
    /// it refuses). The paths join with the light description of the other slots.
    fn instance_method(
        &mut self,
        offset: u32,
        input: Value,
        results: &[Value],
        s: StateId,
    ) -> R<()> {
        let ins = self.instr(offset)?;
        let st = self.state(s);
        let want = self.light_sync(s)?;
        let depth = st.stack.len();
        let at = self.nlocals + depth - 1;
        let LV::Obj(obj) = self.val(input)? else {
            return Err(be("typed: a method of an unboxed value"));
        };
        if matches!(self.phys[at + 1], Ph::Holds(_) | Ph::Maybe(_)) {
            return Err(be("typed: LOAD_METHOD over a held slot"));
        }
        let light = self.phys.clone();
        let cache = self.l.cache_of(&ins)?;
        let slow = self.l.new_block("typed_method_miss");
        let join = self.l.new_block("typed_method");
        let descr = self.l.method_hit(obj, cache, [slow, slow])?;
        self.l.incref(descr)?;
        self.store_slot(at, descr)?;
        self.store_slot(at + 1, obj)?;
        self.vals.insert(results[0], LV::Obj(descr));
        self.phys[at] = Ph::Holds(results[0]);
        self.vals.insert(results[1], LV::Obj(obj));
        self.phys[at + 1] = Ph::Holds(results[1]);
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.generic_on_slow_path(&ins, depth, &want, &light, [slow, join])?;
        self.held_in(at, results[0])?;
        self.held_in(at + 1, results[1])?;
        Ok(())
    }

    /// LOAD_ATTR where quickening found an instance's own attribute, or of a parameter's
    /// attribute sampled as a plain value (`f.quiet`), with the slots lightly synced: the value
    /// from the inline paths (`Lower::instance_attr_hits`: a slot, the instance's values, its
    /// dict), or for a sampled attribute quickening did not find in the instance (a class
    /// attribute) from the site's entries (`rjit_load_attr_peek`), in place of the owner; on a
    /// miss, the frame fully synced and the generic LOAD_ATTR (which runs descriptors,
    /// `__getattr__`, and raises). The paths join with the light description of the other
    /// slots.
    fn instance_attr(&mut self, offset: u32, input: Value, result: Value, s: StateId) -> R<()> {
        let ins = self.instr(offset)?;
        let st = self.state(s);
        let want = self.light_sync(s)?;
        let depth = st.stack.len();
        let at = self.nlocals + depth - 1;
        let LV::Obj(owner) = self.val(input)? else {
            return Err(be("typed: an attribute of an unboxed value"));
        };
        let light = self.phys.clone();
        let name = self.l.name_entry(ins.arg)?;
        let cache = self.l.cache_of(&ins)?;
        let hint = self.l.snap.hints.attr(offset);
        let slow = self.l.new_block("typed_attr_miss");
        let hit = self.l.new_block("typed_attr_hit");
        let join = self.l.new_block("typed_attr");
        let hits = if matches!(hint, AttrHint::Instance | AttrHint::Slot) {
            self.l
                .instance_attr_hits(owner, [name, cache], hint, [slow, hit])?
        } else {
            let v = self.l.call_obj(
                "rjit_load_attr_peek",
                &[owner.into(), name.into(), cache.into()],
            )?;
            let found = self.l.b.build_is_not_null(v, "peeked").map_err(be)?;
            let from = self.l.here()?;
            self.l.branch_expecting(found, hit, slow, true)?;
            vec![(v, from)]
        };
        self.l.b.position_at_end(hit);
        let v = self.l.phi(self.l.ptr, &hits, "attr")?.into_pointer_value();
        self.store_slot(at, v)?;
        self.vals.insert(result, LV::Obj(v));
        self.phys[at] = Ph::Holds(result);
        // The owner's reference leaves the stack (a noisy release syncs the frame as it is
        // after the instruction).
        let after = self.after(st, 1, &[result]);
        self.release_checked(&[owner], &after)?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.generic_on_slow_path(&ins, depth, &want, &light, [slow, join])?;
        self.held_in(at, result)?;
        Ok(())
    }

    /// `Op::CalleeAttr`: attribute `name` of `owner`, read through the callee's own site
    /// `site` for its LOAD_ATTR: inline where its quickening found an instance's own attribute
    /// or a slot (`hint`), else (and on a miss) with `rjit_load_attr_quiet`, which fills the
    /// site and runs no code; what that cannot answer deopts to the call at `s`. The name is the
    /// callee's own, read from its code object in callee site `code` (the `Op::Callee` check
    /// before it made sure the function called has that code). `result` is the attribute,
    /// borrowed: the owner still holds it and only the guards after it read it. With `method`,
    /// the function LOAD_METHOD finds on the owner's class (`rjit_load_method_quiet`, borrowed
    /// from the class), for the `Op::Callee` check of a callee's callee.
    fn callee_attr(
        &mut self,
        owner: PointerValue<'ctx>,
        [site, code, name]: [u32; 3],
        (hint, method): (AttrHint, bool),
        result: Value,
        s: StateId,
    ) -> R<()> {
        let name = self.callee_name(code, name)?;
        let cache = self.callee_site(site)?;
        if method {
            // The generic LOAD_METHOD's inline paths (a method of the class no instance
            // attribute shadows), else the helper, which fills the site.
            let slow = self.l.new_block("callee_method_miss");
            let hit = self.l.new_block("callee_method_hit");
            let inline = self.l.method_hit(owner, cache, [slow, slow])?;
            let hits = vec![(inline, self.l.here()?)];
            self.l.b.build_unconditional_branch(hit).map_err(be)?;
            self.l.b.position_at_end(slow);
            let found = self.l.call_obj(
                "rjit_load_method_quiet",
                &[owner.into(), name.into(), cache.into()],
            )?;
            let m = self.found_or_deopt(found, hits, hit, s)?;
            self.vals.insert(result, LV::Obj(m));
            return Ok(());
        }
        let slow = self.l.new_block("callee_attr_miss");
        let hit = self.l.new_block("callee_attr_hit");
        let hits = if matches!(hint, AttrHint::Instance | AttrHint::Slot) {
            self.l
                .instance_attr_hits(owner, [name, cache], hint, [slow, hit])?
        } else {
            self.l.b.build_unconditional_branch(slow).map_err(be)?;
            Vec::new()
        };
        self.l.b.position_at_end(slow);
        let found = self.l.call_obj(
            "rjit_load_attr_quiet",
            &[owner.into(), name.into(), cache.into()],
        )?;
        let v = self.found_or_deopt(found, hits, hit, s)?;
        self.l.decref_held(v)?;
        self.vals.insert(result, LV::Obj(v));
        Ok(())
    }

    /// `Op::CalleeGlobal`: global `name` of the subscript callee whose site is `code`, read
    /// borrowed through its own site `site` (`Lower::global_cached`, else
    /// `rjit_load_global_quiet`, which fills it), where the function that site holds has the
    /// frame's globals and builtins; anything else deopts at `s`.
    fn callee_global(&mut self, [site, code, name]: [u32; 3], result: Value, s: StateId) -> R<()> {
        let words = self.callee_site(code)?;
        let l = &self.l;
        let func = l.load_ptr(words, CALLEE_SITE_FUNC)?;
        let mut same = Vec::new();
        for (of_func, of_frame) in [
            (cp::FUNC_GLOBALS, cp::FRAME_GLOBALS),
            (cp::FUNC_BUILTINS, cp::FRAME_BUILTINS),
        ] {
            let a = l.load_ptr(func, of_func)?;
            let b = l.load_ptr(l.frame, of_frame)?;
            same.push(l.ptr_eq(a, b)?);
        }
        let ok =
            l.b.build_and(same[0], same[1], "same_globals")
                .map_err(be)?;
        self.check(ok, s)?;
        let cache = self.callee_site(site)?;
        let slow = self.l.new_block("callee_global_miss");
        let hit = self.l.new_block("callee_global_hit");
        let cached = self.l.global_cached(cache, slow)?;
        let hits = vec![(cached, self.l.here()?)];
        self.l.b.build_unconditional_branch(hit).map_err(be)?;
        self.l.b.position_at_end(slow);
        let name = self.callee_name(code, name)?;
        let found = self.l.call_obj(
            "rjit_load_global_quiet",
            &[self.l.frame.into(), name.into(), cache.into()],
        )?;
        let v = self.found_or_deopt(found, hits, hit, s)?;
        self.vals.insert(result, LV::Obj(v));
        Ok(())
    }

    /// Callee site `site`'s words (after the code's own inline-cache sites).
    fn callee_site(&self, site: u32) -> R<PointerValue<'ctx>> {
        let l = &self.l;
        let at = (l.cache_sites.len() + site as usize) * crate::tier0::state::INLINE_CACHE_BYTES;
        l.gep(l.caches, at)
    }

    /// Name `name` of the `co_names` of the code object callee site `code` holds (borrowed).
    fn callee_name(&self, code: u32, name: u32) -> R<PointerValue<'ctx>> {
        let code = self.l.load_ptr(self.callee_site(code)?, CALLEE_SITE_CODE)?;
        let names = self.l.load_ptr(code, cp::CODE_NAMES)?;
        self.l.load_ptr(names, cp::TUPLE_ITEMS + 8 * name as usize)
    }

    /// What a quiet helper `found` on a site's miss (NULL deopts at `s`), or what the inline
    /// paths found (`hits`, each branching to `hit`): the builder left in `hit`.
    fn found_or_deopt(
        &mut self,
        found: PointerValue<'ctx>,
        mut hits: Vec<(PointerValue<'ctx>, inkwell::basic_block::BasicBlock<'ctx>)>,
        hit: inkwell::basic_block::BasicBlock<'ctx>,
        s: StateId,
    ) -> R<PointerValue<'ctx>> {
        let ok = self.l.b.build_is_not_null(found, "found").map_err(be)?;
        self.check(ok, s)?;
        hits.push((found, self.l.here()?));
        self.l.b.build_unconditional_branch(hit).map_err(be)?;
        self.l.b.position_at_end(hit);
        Ok(self.l.phi(self.l.ptr, &hits, "found")?.into_pointer_value())
    }

    /// `Op::Callee` with `slot`: `container`'s class has the version tag callee site `site`
    /// holds (so its `__getitem__` or `__setitem__` is the function the site holds, while the
    /// tag lasts: `PyType_Modified` resets it), and that function still has the site's code
    /// (its `__code__` may be replaced); otherwise deopt at `s`.
    fn check_slot_callee(&mut self, container: PointerValue<'ctx>, site: u32, s: StateId) -> R<()> {
        let words = self.callee_site(site)?;
        let l = &self.l;
        let want = l.load_int(l.i64, words, CALLEE_SITE_VERSION)?;
        let tp = l.load_ptr(container, cp::OB_TYPE)?;
        let tag = l.load_int(l.i32, tp, cp::TYPE_VERSION_TAG)?;
        let tag = l.b.build_int_z_extend(tag, l.i64, "tag").map_err(be)?;
        let same =
            l.b.build_int_compare(IntPredicate::EQ, tag, want, "same_class")
                .map_err(be)?;
        let set =
            l.b.build_int_compare(IntPredicate::NE, want, l.c64(0), "site_set")
                .map_err(be)?;
        let ok = l.b.build_and(same, set, "class_ok").map_err(be)?;
        self.check(ok, s)?;
        let l = &self.l;
        let func = l.load_ptr(words, CALLEE_SITE_FUNC)?;
        let code = l.load_ptr(func, cp::FUNC_CODE)?;
        let want = l.load_ptr(words, CALLEE_SITE_CODE)?;
        let same = l.ptr_eq(code, want)?;
        self.check(same, s)
    }

    /// BUILD_TUPLE with the slots lightly synced (it runs no Python code): the items' objects
    /// (boxed for unboxed values, shared with the slots that stand for them, as `object_of`
    /// gives them) in a new tuple, which replaces them on the stack; no memory deopts (the
    /// interpreter's BUILD_TUPLE raises).
    fn build_tuple(&mut self, inputs: &[Value], result: Value, s: StateId) -> R<()> {
        let st = self.state(s);
        let want = self.want_of(st, &HashMap::new());
        self.sync(&want)?;
        let n = inputs.len();
        let tuple = self
            .l
            .call_obj("rjit_tuple_new", &[self.l.c64(n as u64).into()])?;
        let ok = self.l.b.build_is_not_null(tuple, "tuple").map_err(be)?;
        self.check(ok, s)?;
        for (k, &v) in inputs.iter().enumerate() {
            let item = self.object_of(v)?;
            let l = &self.l;
            l.b.build_store(l.gep(tuple, cp::TUPLE_ITEMS + 8 * k)?, item)
                .map_err(be)?;
        }
        // The stack: `[.., items]` becomes `[.., tuple]`. The tuple holds every item now, so
        // no slot's release is a last reference.
        let base = self.nlocals + st.stack.len() - n;
        for j in base..base + n {
            if matches!(self.phys[j], Ph::Holds(_) | Ph::Maybe(_)) {
                let old = self.load_slot(j)?;
                self.l.xdecref(old)?;
            }
            self.phys[j] = Ph::Dead;
        }
        self.store_slot(base, tuple)?;
        self.vals.insert(result, LV::Obj(tuple));
        self.phys[base] = Ph::Holds(result);
        Ok(())
    }

    /// STORE_ATTR (`[value, owner]`) replacing an instance's own attribute, with the slots
    /// lightly synced: the value's object (boxed for an unboxed value) stored where the inline
    /// paths found the attribute (`Lower::instance_attr_place`), the old value and the two
    /// stack slots released as `release_checked` does; on a miss or a first assignment, the
    /// frame fully synced and the generic STORE_ATTR (which runs `__setattr__` and
    /// descriptors, and raises).
    fn store_instance_attr(&mut self, offset: u32, inputs: &[Value], s: StateId) -> R<()> {
        let ins = self.instr(offset)?;
        let st = self.state(s);
        let want = self.light_sync(s)?;
        let depth = st.stack.len();
        let (Some(&value), Some(&owner_v)) = (inputs.first(), inputs.get(1)) else {
            return Err(be("typed: STORE_ATTR without its inputs"));
        };
        let LV::Obj(owner) = self.val(owner_v)? else {
            return Err(be("typed: an attribute of an unboxed value"));
        };
        let light = self.phys.clone();
        let cache = self.l.cache_of(&ins)?;
        let slow = self.l.new_block("typed_store_attr_miss");
        let join = self.l.new_block("typed_store_attr");
        let (place, old) = self.l.instance_attr_place(owner, cache, slow)?;
        let new = self.object_of(value)?;
        self.l.b.build_store(place, new).map_err(be)?;
        // The two inputs leave the stack; what their slots hold is released with the old value.
        let mut olds = vec![old];
        let stack_slots = [self.nlocals + depth - 2, self.nlocals + depth - 1];
        for j in stack_slots {
            if matches!(self.phys[j], Ph::Holds(_) | Ph::Maybe(_)) {
                olds.push(self.load_slot(j)?);
            }
            self.phys[j] = Ph::Dead;
        }
        let after = self.after(st, 2, &[]);
        self.release_checked(&olds, &after)?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.generic_on_slow_path(&ins, depth, &want, &light, [slow, join])?;
        for j in stack_slots {
            self.phys[j] = Ph::Dead;
        }
        Ok(())
    }

    /// A CALL of one argument typed code computes itself (`Intrinsic`): the callable checked to
    /// be the builtin (anything else deopts to the CALL, which the interpreter then makes), the
    /// result unboxed. Nothing on the frame changes, so nothing is synced.
    fn intrinsic(
        &mut self,
        which: Intrinsic,
        inputs: &[Value],
        result: Value,
        s: StateId,
    ) -> R<LV<'ctx>> {
        let LV::Obj(callable) = self.val(inputs[1])? else {
            return Err(be("typed: an unboxed callable"));
        };
        let x = inputs[2];
        match which {
            Intrinsic::MinMax { max, keep } => self.min_max(max, keep, callable, inputs, result, s),
            Intrinsic::AbsInt { keep } => self.abs_int(keep, callable, x, result, s),
            Intrinsic::AbsFloat | Intrinsic::Len => {
                let sym = if which == Intrinsic::Len {
                    "rjit_builtin_len"
                } else {
                    "rjit_builtin_abs"
                };
                self.check_builtin(callable, sym, s)?;
                if which == Intrinsic::Len {
                    // `ob_size` and `ma_used` share the offset (`cpython::VAR_SIZE`).
                    let LV::Obj(o) = self.val(x)? else {
                        return Err(be("typed: len of an unboxed value"));
                    };
                    return Ok(LV::I(self.l.load_int(self.l.i64, o, cp::VAR_SIZE)?));
                }
                let v = match self.val(x)? {
                    LV::Obj(p) if self.ty(x) != Type::FLOAT => {
                        let ok = self.type_is(p, "PyFloat_Type")?;
                        self.check(ok, s)?;
                        self.l.float_value(p)?
                    }
                    // `abs` of an int is an int: only the float is taken.
                    LV::N(..) => match self.as_kind(x, Type::FLOAT, s)? {
                        LV::F(v) => v,
                        _ => return Err(be("typed: a number of another kind")),
                    },
                    _ => self.float_in(x, s)?,
                };
                let bits = self.f64_bits(v)?;
                let l = &self.l;
                let cleared =
                    l.b.build_and(bits, l.c64(!(1u64 << 63)), "fabs")
                        .map_err(be)?;
                Ok(LV::F(
                    l.b.build_bit_cast(cleared, l.ctx.f64_type(), "abs")
                        .map_err(be)?
                        .into_float_value(),
                ))
            }
            Intrinsic::ListAppend => {
                // `inputs`: `[list.append, lst, x]`, from the LOAD_METHOD lowered as native.
                let LV::Obj(list) = self.val(inputs[1])? else {
                    return Err(be("typed: an unboxed list"));
                };
                if self.state(s).locals.contains(&x) {
                    // A local holds it too: its slot takes the object appended.
                    self.light_sync(s)?;
                }
                let item = self.object_of(x)?;
                let l = &self.l;
                let r = l
                    .call(
                        "rjit_list_append_value",
                        Some(l.i32.into()),
                        &[list.into(), item.into()],
                    )?
                    .into_int_value();
                l.decref(item)?;
                let ok =
                    l.b.build_int_compare(IntPredicate::NE, r, l.i32.const_zero(), "appended")
                        .map_err(be)?;
                self.check(ok, s)?;
                Ok(LV::Obj(self.l.global("_Py_NoneStruct")))
            }
            Intrinsic::Float => {
                // `float` is the type itself.
                let want = self.l.global("PyFloat_Type");
                let ok = self.l.ptr_eq(callable, want)?;
                self.check(ok, s)?;
                Ok(LV::F(self.float_in(x, s)?))
            }
            Intrinsic::Math(k) => {
                let v = self.number_in(x, s)?;
                // NULL below a global; below a module's attribute, what LOAD_METHOD left
                // (NULL for a module). The callable must be this process's `math.<name>`
                // (`rjit_math_funcs[k]`, NULL before the program imported `math`): anything
                // else deopts to the CALL.
                let LV::Obj(self_or_null) = self.val(inputs[0])? else {
                    return Err(be("typed: an unboxed NULL"));
                };
                let l = &self.l;
                let want = l.load_ptr(l.global("rjit_math_funcs"), 8 * usize::from(k))?;
                let same = l.ptr_eq(callable, want)?;
                let plain = l.b.build_is_null(self_or_null, "plain").map_err(be)?;
                let ok = l.b.build_and(same, plain, "math_fn").map_err(be)?;
                self.check(ok, s)?;
                let l = &self.l;
                let name = crate::hir::specialise::MATH_NAMES
                    .get(usize::from(k))
                    .ok_or_else(|| be("typed: no such math function"))?;
                let callee = match *name {
                    "sqrt" => "llvm.sqrt.f64",
                    "fabs" => "llvm.fabs.f64",
                    libm => libm,
                };
                let r = l.call_f64(callee, &[v.into()])?.into_float_value();
                // `math_1`'s errors: a NaN from a non-NaN (ValueError) or an infinity from a
                // finite argument (ValueError or OverflowError) deopt to the CALL, which the
                // interpreter makes and raises from.
                let f = |p, a, b, n| l.b.build_float_compare(p, a, b, n).map_err(be);
                let inf = l.ctx.f64_type().const_float(f64::INFINITY);
                let r_nan = f(FloatPredicate::UNO, r, r, "r_nan")?;
                let x_num = f(FloatPredicate::ORD, v, v, "x_num")?;
                let r_abs = l.call_f64("llvm.fabs.f64", &[r.into()])?.into_float_value();
                let x_abs = l.call_f64("llvm.fabs.f64", &[v.into()])?.into_float_value();
                let r_inf = f(FloatPredicate::OEQ, r_abs, inf, "r_inf")?;
                let x_fin = f(FloatPredicate::ONE, x_abs, inf, "x_fin")?;
                let nan_err = l.b.build_and(r_nan, x_num, "nan_err").map_err(be)?;
                let inf_err = l.b.build_and(r_inf, x_fin, "inf_err").map_err(be)?;
                let err = l.b.build_or(nan_err, inf_err, "math_err").map_err(be)?;
                let ok = l.b.build_not(err, "math_ok").map_err(be)?;
                self.check(ok, s)?;
                Ok(LV::F(r))
            }
        }
    }

    /// Deopt at `s` unless `callable` is the builtin rjit took into the symbol `sym`
    /// (`rjit_builtin_len`, ...: this process's object, NULL before rjit was enabled).
    fn check_builtin(&mut self, callable: PointerValue<'ctx>, sym: &str, s: StateId) -> R<()> {
        let want = self.l.load_ptr(self.l.global(sym), 0)?;
        let ok = self.l.ptr_eq(callable, want)?;
        self.check(ok, s)
    }

    /// Value `v` as a number of `kind` (an int or a float): unboxed as it is, or an object
    /// checked at run time to be an exact float or an int of at most two digits (anything else
    /// deopts at `s`).
    fn as_kind(&mut self, v: Value, kind: Type, s: StateId) -> R<LV<'ctx>> {
        match (self.val(v)?, kind) {
            (LV::I(_) | LV::Obj(_), Type::INT) => Ok(LV::I(self.int_in(v, s)?)),
            (LV::F(x), Type::FLOAT) => Ok(LV::F(x)),
            (LV::N(bits, is_float), Type::FLOAT) => {
                self.check(is_float, s)?;
                let x = self
                    .l
                    .b
                    .build_bit_cast(bits, self.l.ctx.f64_type(), "num_f");
                Ok(LV::F(x.map_err(be)?.into_float_value()))
            }
            (LV::N(bits, is_float), Type::INT) => {
                let is_int = self.l.b.build_not(is_float, "is_int").map_err(be)?;
                self.check(is_int, s)?;
                Ok(LV::I(bits))
            }
            (LV::Obj(p), Type::FLOAT) => {
                if self.ty(v) != Type::FLOAT {
                    let ok = self.type_is(p, "PyFloat_Type")?;
                    self.check(ok, s)?;
                }
                Ok(LV::F(self.l.float_value(p)?))
            }
            _ => Err(be("typed: a number of another kind")),
        }
    }

    /// `min(a, b)` / `max(a, b)` of numbers (`Intrinsic::MinMax`, inputs `[NULL, callable, a,
    /// b]`): the callable checked to be the builtin and the arguments to be of the kinds
    /// `min_max_kinds` gives (anything else deopts to the CALL), then `b < a` (`b > a`) as the
    /// numeric COMPARE_OP computes it: natively for two ints, else through doubles, an int only
    /// while a double is it exactly (`float_richcompare`), so NaN compares false and the first
    /// argument is kept. With `keep` the result is the chosen argument's object, held by the
    /// CALL's result slot (the slots lightly synced first); otherwise the chosen number.
    fn min_max(
        &mut self,
        max: bool,
        keep: bool,
        callable: PointerValue<'ctx>,
        inputs: &[Value],
        result: Value,
        s: StateId,
    ) -> R<LV<'ctx>> {
        let (a, b) = (inputs[2], inputs[3]);
        let (ka, kb) = crate::hir::types::min_max_kinds(self.ty(a), self.ty(b))
            .ok_or_else(|| be("typed: min/max of values not numbers"))?;
        if keep {
            self.light_sync(s)?;
        }
        let sym = if max {
            "rjit_builtin_max"
        } else {
            "rjit_builtin_min"
        };
        self.check_builtin(callable, sym, s)?;
        let (va, vb) = (self.as_kind(a, ka, s)?, self.as_kind(b, kb, s)?);
        let c = match (va, vb) {
            (LV::I(x), LV::I(y)) => {
                let p = if max {
                    IntPredicate::SGT
                } else {
                    IntPredicate::SLT
                };
                self.l.b.build_int_compare(p, y, x, "min_max").map_err(be)?
            }
            _ => {
                let (x, y) = (self.exact_double(va, s)?, self.exact_double(vb, s)?);
                let p = if max {
                    FloatPredicate::OGT
                } else {
                    FloatPredicate::OLT
                };
                self.l
                    .b
                    .build_float_compare(p, y, x, "min_max")
                    .map_err(be)?
            }
        };
        if !keep {
            let l = &self.l;
            return Ok(match (va, vb) {
                (LV::I(x), LV::I(y)) => LV::I(
                    l.b.build_select(c, y, x, "chosen")
                        .map_err(be)?
                        .into_int_value(),
                ),
                (LV::F(x), LV::F(y)) => LV::F(
                    l.b.build_select(c, y, x, "chosen")
                        .map_err(be)?
                        .into_float_value(),
                ),
                _ => return Err(be("typed: min/max of two kinds unboxed")),
            });
        }
        let p = self.either_object(
            c,
            ["pick_second", "pick_first"],
            |t| t.object_of(b),
            |t| t.object_of(a),
        )?;
        self.hold_result(4, p, result, s)
    }

    /// A new reference made on one of two paths, `yes`'s where `c` is true, else `no`'s,
    /// joined (`object_of` may run on either: it leaves the slots' description as it was).
    fn either_object(
        &mut self,
        c: IntValue<'ctx>,
        names: [&str; 2],
        yes: impl FnOnce(&mut Self) -> R<PointerValue<'ctx>>,
        no: impl FnOnce(&mut Self) -> R<PointerValue<'ctx>>,
    ) -> R<PointerValue<'ctx>> {
        let (yes_bb, no_bb) = (self.l.new_block(names[0]), self.l.new_block(names[1]));
        let join = self.l.new_block("chosen");
        self.l
            .b
            .build_conditional_branch(c, yes_bb, no_bb)
            .map_err(be)?;
        self.l.b.position_at_end(yes_bb);
        let y = yes(self)?;
        let y_end = self.l.here()?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.l.b.position_at_end(no_bb);
        let n = no(self)?;
        let n_end = self.l.here()?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.l.b.position_at_end(join);
        Ok(self
            .l
            .phi(self.l.ptr, &[(y, y_end), (n, n_end)], "chosen")?
            .into_pointer_value())
    }

    /// `abs(x)` of an int (`Intrinsic::AbsInt`): the callable checked to be the builtin, then
    /// `-x` for a negative `x` (a deopt for `-2**63`, whose negation is a big int), else `x`.
    /// With `keep`, as `long_abs`: a new int for a negative `x`, else `x`'s own object, held by
    /// the CALL's result slot (the slots lightly synced first).
    fn abs_int(
        &mut self,
        keep: bool,
        callable: PointerValue<'ctx>,
        x: Value,
        result: Value,
        s: StateId,
    ) -> R<LV<'ctx>> {
        if keep {
            self.light_sync(s)?;
        }
        self.check_builtin(callable, "rjit_builtin_abs", s)?;
        let v = self.int_in(x, s)?;
        let neg = self.icmp(IntPredicate::SLT, v, 0)?;
        if !keep {
            let ok = self.icmp(IntPredicate::NE, v, i64::MIN)?;
            self.check(ok, s)?;
            let l = &self.l;
            let minus = l.b.build_int_neg(v, "minus").map_err(be)?;
            return Ok(LV::I(
                l.b.build_select(neg, minus, v, "abs")
                    .map_err(be)?
                    .into_int_value(),
            ));
        }
        let p = self.either_object(
            neg,
            ["abs_negative", "abs_own"],
            |t| {
                let ok = t.icmp(IntPredicate::NE, v, i64::MIN)?;
                t.check(ok, s)?;
                let minus = t.l.b.build_int_neg(v, "minus").map_err(be)?;
                t.l.box_int(minus)
            },
            |t| t.object_of(x),
        )?;
        self.hold_result(3, p, result, s)
    }

    /// A number as a double that is exactly it: a float as it is, an int while a double is it
    /// exactly (`exact_float_in`'s check; beyond 2**53 in magnitude it deopts at `s`).
    fn exact_double(&mut self, v: LV<'ctx>, s: StateId) -> R<FloatValue<'ctx>> {
        match v {
            LV::F(x) => Ok(x),
            LV::I(x) => {
                let l = &self.l;
                let shifted = l.b.build_int_add(x, l.c64(1 << 53), "exact").map_err(be)?;
                let ok =
                    l.b.build_int_compare(IntPredicate::ULE, shifted, l.c64(1 << 54), "exact_ok")
                        .map_err(be)?;
                self.check(ok, s)?;
                self.l
                    .b
                    .build_signed_int_to_float(x, self.l.ctx.f64_type(), "itof")
                    .map_err(be)
            }
            _ => Err(be("typed: not a number")),
        }
    }

    /// The new reference `p`, the result of a CALL with `popped` stack entries at state `s`
    /// (slots lightly synced to it), put in the CALL's result slot: `result` is `p`, held there.
    /// The other entries' slots keep what they hold until the next sync releases it.
    fn hold_result(
        &mut self,
        popped: usize,
        p: PointerValue<'ctx>,
        result: Value,
        s: StateId,
    ) -> R<LV<'ctx>> {
        let at = self.nlocals + self.state(s).stack.len() - popped;
        if matches!(self.phys[at], Ph::Holds(_) | Ph::Maybe(_)) {
            return Err(be("typed: a CALL's NULL slot holds an object"));
        }
        self.store_slot(at, p)?;
        self.phys[at] = Ph::Holds(result);
        Ok(LV::Obj(p))
    }

    /// Whether object `p` is an exact `array.array` with one of `codes` for its typecode: its
    /// type compared with this process's array type (`rjit_array_type`) and its descriptor's
    /// typecode read inline; any other type asks `rjit_array_check` (which learns the array
    /// type from the first array it meets).
    fn is_array(&self, p: PointerValue<'ctx>, codes: &[u8]) -> R<IntValue<'ctx>> {
        let l = &self.l;
        let (a, b) = (codes[0], *codes.last().unwrap_or(&codes[0]));
        let t = l.load_ptr(p, cp::OB_TYPE)?;
        let known = l.load_ptr(l.global("rjit_array_type"), 0)?;
        let same = l.ptr_eq(t, known)?;
        let inline = l.new_block("array_inline");
        let ask = l.new_block("array_ask");
        let join = l.new_block("array_known");
        l.branch_expecting(same, inline, ask, true)?;
        l.b.position_at_end(inline);
        let descr = l.load_ptr(p, cp::ARRAY_DESCR)?;
        let tc = l.load_int(l.ctx.i8_type(), descr, cp::ARRAYDESCR_TYPECODE)?;
        let i8t = l.ctx.i8_type();
        let is_a =
            l.b.build_int_compare(IntPredicate::EQ, tc, i8t.const_int(a.into(), false), "tc_a")
                .map_err(be)?;
        let is_b =
            l.b.build_int_compare(IntPredicate::EQ, tc, i8t.const_int(b.into(), false), "tc_b")
                .map_err(be)?;
        let ok_inline = l.b.build_or(is_a, is_b, "tc_ok").map_err(be)?;
        let inline_end = l.here()?;
        l.b.build_unconditional_branch(join).map_err(be)?;
        l.b.position_at_end(ask);
        let r = l
            .call(
                "rjit_array_check",
                Some(l.i32.into()),
                &[p.into(), l.c32(a.into()).into(), l.c32(b.into()).into()],
            )?
            .into_int_value();
        let ok_asked =
            l.b.build_int_compare(IntPredicate::NE, r, l.i32.const_zero(), "is_array")
                .map_err(be)?;
        let ask_end = l.here()?;
        l.b.build_unconditional_branch(join).map_err(be)?;
        l.b.position_at_end(join);
        Ok(l.phi(
            l.ctx.bool_type(),
            &[(ok_inline, inline_end), (ok_asked, ask_end)],
            "array_ok",
        )?
        .into_int_value())
    }

    /// The items and the length of `array.array` `v` (guarded), the address of item `index`
    /// (an int, negative ones counted from the end; out of range deopts at `s`) and the item
    /// size's LLVM type.
    fn array_item_at(
        &mut self,
        v: Value,
        index: Value,
        s: StateId,
    ) -> R<(PointerValue<'ctx>, Type)> {
        let LV::Obj(c) = self.val(v)? else {
            return Err(be("typed: an unboxed array"));
        };
        let t = self.ty(v);
        let n = self.l.load_int(self.l.i64, c, cp::VAR_SIZE)?;
        let i = self.index_in(index, n, s)?;
        let l = &self.l;
        let size = if t == Type::ARRAY_I32 { 4 } else { 8 };
        let items = l.load_ptr(c, cp::ARRAY_ITEMS)?;
        let off = l.b.build_int_mul(i, l.c64(size), "off").map_err(be)?;
        Ok((l.gep_dyn(items, off)?, t))
    }

    /// BINARY_SUBSCR of an `array.array` by an int: the item, unboxed (a double as a float,
    /// a C int sign-extended); nothing on the frame changes, so nothing is synced.
    fn array_load(&mut self, inputs: &[Value], s: StateId) -> R<LV<'ctx>> {
        let (at, t) = self.array_item_at(inputs[0], inputs[1], s)?;
        let l = &self.l;
        Ok(match t {
            Type::ARRAY_F64 => LV::F(
                l.b.build_load(l.ctx.f64_type(), at, "item")
                    .map_err(be)?
                    .into_float_value(),
            ),
            Type::ARRAY_I32 => {
                let x =
                    l.b.build_load(l.i32, at, "item")
                        .map_err(be)?
                        .into_int_value();
                LV::I(l.b.build_int_s_extend(x, l.i64, "item").map_err(be)?)
            }
            _ => LV::I(
                l.b.build_load(l.i64, at, "item")
                    .map_err(be)?
                    .into_int_value(),
            ),
        })
    }

    /// STORE_SUBSCR into an `array.array` by an int: the number written in place, as the
    /// array's `setitem` converts it (an int into a `'d'` array as a double, rounded as
    /// `PyLong_AsDouble` does); an int a `'i'` array cannot hold deopts (the interpreter raises
    /// the OverflowError). Runs no code and releases nothing, so nothing is synced.
    fn array_store(&mut self, inputs: &[Value], s: StateId) -> R<()> {
        // Converted before the index is checked: both deopt to the same instruction.
        let (value, container, index) = (inputs[0], inputs[1], inputs[2]);
        if self.ty(container) == Type::ARRAY_F64 {
            let x = self.float_in(value, s)?;
            let (at, _) = self.array_item_at(container, index, s)?;
            self.l.b.build_store(at, x).map_err(be)?;
            return Ok(());
        }
        let x = self.int_in(value, s)?;
        if self.ty(container) == Type::ARRAY_I32 {
            let l = &self.l;
            let lo = l.b.build_int_add(x, l.c64(1 << 31), "biased").map_err(be)?;
            let fits =
                l.b.build_int_compare(IntPredicate::ULT, lo, l.c64(1 << 32), "fits")
                    .map_err(be)?;
            self.check(fits, s)?;
            let (at, _) = self.array_item_at(container, index, s)?;
            let l = &self.l;
            let x = l.b.build_int_truncate(x, l.i32, "c_int").map_err(be)?;
            l.b.build_store(at, x).map_err(be)?;
            return Ok(());
        }
        let (at, _) = self.array_item_at(container, index, s)?;
        self.l.b.build_store(at, x).map_err(be)?;
        Ok(())
    }

    /// The slots lightly synced to state `s`, then the item array and the length of `v`, an
    /// exact list or tuple (guarded).
    fn synced_items(&mut self, s: StateId, v: Value) -> R<(PointerValue<'ctx>, IntValue<'ctx>)> {
        let want = self.want_of(self.state(s), &HashMap::new());
        self.sync(&want)?;
        let LV::Obj(c) = self.val(v)? else {
            return Err(be("typed: an unboxed container"));
        };
        self.items_of(c, self.ty(v))
    }

    /// The item array and the length of exact list or tuple `c` (`t` one of the two, or
    /// either: then told apart by its type).
    fn items_of(&self, c: PointerValue<'ctx>, t: Type) -> R<(PointerValue<'ctx>, IntValue<'ctx>)> {
        let l = &self.l;
        let n = l.load_int(l.i64, c, cp::VAR_SIZE)?;
        let items = if t == Type::TUPLE {
            l.gep(c, cp::TUPLE_ITEMS)?
        } else if t == Type::LIST {
            l.load_ptr(c, cp::LIST_ITEMS)?
        } else if t == Type::LIST_OR_TUPLE {
            // A tuple's items are inline; a list's `ob_item` points to them (read only for a
            // list: past an empty tuple's header there may be nothing).
            let is_tuple = self.type_is(c, "PyTuple_Type")?;
            let inline = l.gep(c, cp::TUPLE_ITEMS)?;
            let from = l.here()?;
            let of_list = l.new_block("list_items");
            let join = l.new_block("seq_items");
            l.b.build_conditional_branch(is_tuple, join, of_list)
                .map_err(be)?;
            l.b.position_at_end(of_list);
            let held = l.load_ptr(c, cp::LIST_ITEMS)?;
            l.b.build_unconditional_branch(join).map_err(be)?;
            l.b.position_at_end(join);
            l.phi(l.ptr, &[(inline, from), (held, of_list)], "items")?
                .into_pointer_value()
        } else {
            return Err(be("typed: items of a value not a list or tuple"));
        };
        Ok((items, n))
    }

    /// An int index into `n` items, negative ones counted from the end; out of range deopts.
    fn index_in(&mut self, v: Value, n: IntValue<'ctx>, s: StateId) -> R<IntValue<'ctx>> {
        let i = self.int_in(v, s)?;
        let l = &self.l;
        let neg =
            l.b.build_int_compare(IntPredicate::SLT, i, l.i64.const_zero(), "neg")
                .map_err(be)?;
        let wrapped = l.b.build_int_add(i, n, "wrapped").map_err(be)?;
        let i =
            l.b.build_select(neg, wrapped, i, "index")
                .map_err(be)?
                .into_int_value();
        // Unsigned: a still negative index is out of range too.
        let ok =
            l.b.build_int_compare(IntPredicate::ULT, i, n, "in_range")
                .map_err(be)?;
        self.check(ok, s)?;
        Ok(i)
    }

    /// Whether releasing what `ph` names may run Python code.
    fn noisy(&self, ph: Ph) -> bool {
        match ph {
            Ph::Null | Ph::Dead | Ph::Borrowed(_) => false,
            Ph::Holds(w) | Ph::Maybe(w) => {
                let b = self.base(w);
                !self.ty(b).within(QUIET) && !self.quiet_tuples.contains(&b)
            }
        }
    }

    /// Full sync (after `sync`): every slot holding an unboxed value gets its object.
    fn materialize(&mut self, want: &[Option<Value>]) -> R<()> {
        self.materialize_some(want, None)
    }

    /// Record the bits of unboxed `v` for fast local `j`, which now stands for it (`Maybe`).
    fn shadow_store(&self, j: usize, v: Value) -> R<()> {
        if j >= self.nlocals {
            return Ok(());
        }
        let l = &self.l;
        let (bits, bound) = match self.val(v)? {
            LV::I(x) => (x, None),
            LV::F(x) => (self.f64_bits(x)?, None),
            LV::B(c) => (l.b.build_int_z_extend(c, l.i64, "b64").map_err(be)?, None),
            LV::NI(x, f) => (x, Some(f)),
            LV::NF(x, f) => (self.f64_bits(x)?, Some(f)),
            // Its kind is not a constant of the sync: `rjit_box_values` boxes it.
            LV::N(..) | LV::Obj(_) => return Ok(()),
        };
        l.b.build_store(l.gep(self.shadow, 8 * j)?, bits)
            .map_err(be)?;
        if let Some(f) = bound {
            let f8 =
                l.b.build_int_z_extend(f, l.ctx.i8_type(), "bound8")
                    .map_err(be)?;
            l.b.build_store(l.gep(self.shadow_bound, j)?, f8)
                .map_err(be)?;
        }
        Ok(())
    }

    /// A full sync of the `Maybe` fast locals from their shadows, in one call of
    /// `rjit_box_locals` with constant masks, when that is exact: at most 64 locals, each
    /// standing for a plain unboxed value that no other slot shares and that has no object of
    /// its own (a constant, a guard's view: those go through `rjit_box_values`). Returns the
    /// locals it synced, or `None` when it did nothing.
    fn box_locals_from_shadows(&mut self, want: &[Option<Value>]) -> R<Option<Vec<usize>>> {
        if self.nlocals > 64 {
            return Ok(None);
        }
        let (mut maybe, mut floats, mut bools, mut nullable) = (0u64, 0u64, 0u64, 0u64);
        let mut bases: HashMap<Value, usize> = HashMap::new();
        for (j, w) in want.iter().enumerate() {
            let Some(v) = *w else { continue };
            let b = self.base(v);
            if matches!(self.phys[j], Ph::Holds(_) | Ph::Maybe(_) | Ph::Borrowed(_))
                && bases.insert(b, j).is_some()
                && self.unboxed(v)?
            {
                // Two slots of one unboxed value: one object for both (`rjit_box_values`).
                return Ok(None);
            }
            if j >= self.nlocals || !matches!(self.phys[j], Ph::Maybe(_)) {
                continue;
            }
            if self.known_object(v)?.is_some() {
                return Ok(None);
            }
            let bit = 1u64 << j;
            maybe |= bit;
            match self.val(v)? {
                LV::F(_) => floats |= bit,
                LV::NF(..) => {
                    floats |= bit;
                    nullable |= bit;
                }
                LV::NI(..) => nullable |= bit,
                // Its kind is known at run time only (`rjit_box_values`' `BOX_NUM`).
                LV::N(..) => return Ok(None),
                LV::B(_) => bools |= bit,
                LV::I(_) => {}
                LV::Obj(_) => return Err(be("typed: a boxed value in a Maybe slot")),
            }
        }
        if maybe == 0 {
            return Ok(Some(Vec::new()));
        }
        let l = &self.l;
        let locals = l.local_ptr(0)?;
        l.call(
            "rjit_box_locals",
            None,
            &[
                locals.into(),
                self.shadow.into(),
                self.shadow_bound.into(),
                l.c64(maybe).into(),
                l.c64(floats).into(),
                l.c64(bools).into(),
                l.c64(nullable).into(),
            ],
        )?;
        let done: Vec<usize> = (0..self.nlocals)
            .filter(|j| maybe & (1 << j) != 0)
            .collect();
        for &j in &done {
            if let Some(v) = want[j] {
                self.phys[j] = Ph::Holds(v);
            }
        }
        Ok(Some(done))
    }

    /// `materialize`, for the slots in `only` when given. One call of `rjit_box_values` boxes
    /// every value that needs it (`boxbuf` holds its entries): inline, each value's branch,
    /// call and store at each of a function's many sync points made typed functions ten times
    /// larger and their compile seconds long.
    fn materialize_some(&mut self, want: &[Option<Value>], only: Option<&HashSet<usize>>) -> R<()> {
        use crate::runtime::helpers as h;
        if only.is_none() && self.box_locals_from_shadows(want)?.is_some() {
            // The locals are done; the stack's `Maybe` slots (few) go the general way.
            let stack: HashSet<usize> = (self.nlocals..self.nslots).collect();
            return self.materialize_some(want, Some(&stack));
        }
        // Slots that hold an unboxed value's object: by the value's base.
        let mut holder: HashMap<Value, usize> = HashMap::new();
        for (j, w) in want.iter().enumerate() {
            if let (Some(v), Ph::Holds(_)) = (*w, self.phys[j])
                && self.unboxed(v)?
            {
                holder.entry(self.base(v)).or_insert(j);
            }
        }
        // Entries: (slot to fill or None for a holder, kind, value).
        let mut entries: Vec<(Option<usize>, u64, Option<Value>)> = Vec::new();
        // A base's entry (its object), once one exists.
        let mut entry_of: HashMap<Value, usize> = HashMap::new();
        for (j, w) in want.iter().enumerate() {
            let Some(v) = *w else { continue };
            if only.is_some_and(|o| !o.contains(&j)) || !matches!(self.phys[j], Ph::Maybe(_)) {
                continue;
            }
            let b = self.base(v);
            let share = match entry_of.get(&b) {
                Some(&k) => Some(k),
                None => match holder.get(&b) {
                    Some(&hj) => {
                        entries.push((Some(hj), h::BOX_HELD, None));
                        Some(entries.len() - 1)
                    }
                    None => None,
                },
            };
            let kind = if self.known_object(v)?.is_some() {
                h::BOX_KNOWN
            } else {
                match self.val(v)? {
                    LV::I(_) => h::BOX_I64,
                    LV::F(_) => h::BOX_F64,
                    LV::B(_) => h::BOX_BOOL,
                    LV::NI(..) => h::BOX_NULLABLE_I64,
                    LV::NF(..) => h::BOX_NULLABLE_F64,
                    LV::N(..) => h::BOX_NUM,
                    LV::Obj(_) => return Err(be("typed: a boxed value in a Maybe slot")),
                }
            };
            let what = kind | share.map_or(0, |k| (k as u64 + 1) << 8);
            entries.push((Some(j), what, Some(v)));
            entry_of.insert(b, entries.len() - 1);
        }
        if entries.is_empty() {
            return Ok(());
        }
        let buf = self.boxbuf;
        let i64t = self.l.i64;
        for (k, &(slot, what, v)) in entries.iter().enumerate() {
            let at = |f: usize| self.l.gep(buf, 32 * k + 8 * f);
            let l = &self.l;
            l.b.build_store(at(0)?, l.c64(what)).map_err(be)?;
            let cur = match slot {
                Some(j) => self.load_slot(j)?,
                None => return Err(be("typed: an entry without a slot")),
            };
            self.l.b.build_store(at(3)?, cur).map_err(be)?;
            let Some(v) = v else { continue };
            let (bits, bound): (IntValue<'ctx>, Option<IntValue<'ctx>>) =
                match (what & 0xff, self.val(v)?) {
                    (h::BOX_KNOWN, _) => {
                        let p = self
                            .known_object(v)?
                            .ok_or_else(|| be("typed: lost object"))?;
                        (
                            self.l.b.build_ptr_to_int(p, i64t, "addr").map_err(be)?,
                            None,
                        )
                    }
                    (_, LV::I(x)) => (x, None),
                    (_, LV::F(x)) => (self.f64_bits(x)?, None),
                    (_, LV::B(c)) => (
                        self.l.b.build_int_z_extend(c, i64t, "b64").map_err(be)?,
                        None,
                    ),
                    (_, LV::NI(x, f)) => (x, Some(f)),
                    (_, LV::NF(x, f)) => (self.f64_bits(x)?, Some(f)),
                    // The kind in the `bound` field.
                    (_, LV::N(x, f)) => (x, Some(f)),
                    (_, LV::Obj(_)) => return Err(be("typed: a boxed value in a Maybe slot")),
                };
            self.l.b.build_store(at(1)?, bits).map_err(be)?;
            if let Some(f) = bound {
                let f = self.l.b.build_int_z_extend(f, i64t, "bound").map_err(be)?;
                self.l.b.build_store(at(2)?, f).map_err(be)?;
            }
        }
        self.l.call(
            "rjit_box_values",
            None,
            &[self.l.c64(entries.len() as u64).into(), buf.into()],
        )?;
        for (k, &(slot, _, v)) in entries.iter().enumerate() {
            let (Some(j), Some(v)) = (slot, v) else {
                continue;
            };
            let l = &self.l;
            let obj =
                l.b.build_load(l.ptr, l.gep(buf, 32 * k + 24)?, "boxed")
                    .map_err(be)?
                    .into_pointer_value();
            self.store_slot(j, obj)?;
            self.phys[j] = Ph::Holds(v);
        }
        Ok(())
    }

    fn f64_bits(&self, x: FloatValue<'ctx>) -> R<IntValue<'ctx>> {
        Ok(self
            .l
            .b
            .build_bit_cast(x, self.l.i64, "bits")
            .map_err(be)?
            .into_int_value())
    }

    fn state(&self, s: StateId) -> &'a FrameState {
        &self.f.states[s.0 as usize]
    }

    /// Full sync to state `s`, the stack depth set for the generic emitter.
    fn full_sync(&mut self, s: StateId) -> R<u32> {
        let st = self.state(s);
        let want = self.want_of(st, &HashMap::new());
        self.sync(&want)?;
        self.own_borrowed()?;
        self.materialize(&want)?;
        self.l.depth = st.stack.len() as u32;
        Ok(self.l.depth)
    }

    /// A block that hands the frame to the interpreter at state `s` (a failed guard, an int
    /// overflow, a zero divisor: the interpreter re-runs the instruction).
    fn deopt(&mut self, s: StateId) -> R<BasicBlock<'ctx>> {
        let here = self.l.here()?;
        let saved = self.phys.clone();
        let bb = self.l.new_block("typed_deopt");
        self.l.b.position_at_end(bb);
        let depth = self.full_sync(s)?;
        let exit = self
            .l
            .exit_block(self.state(s).resume_at as i64 - 1, depth, 0)?;
        self.l.b.build_unconditional_branch(exit).map_err(be)?;
        self.phys = saved;
        self.l.b.position_at_end(here);
        Ok(bb)
    }

    /// Continue if `ok`, else deopt at `s`.
    fn check(&mut self, ok: IntValue<'ctx>, s: StateId) -> R<()> {
        let fail = self.deopt(s)?;
        self.l.guard(ok, fail, "typed_ok")
    }

    fn run(&mut self) -> R<()> {
        let entry = self.l.here()?;
        let order = crate::hir::dom::reverse_postorder(self.f);
        self.find_nullable();
        // Named as the generic tier names the block that starts an instruction (`i<unit>`,
        // which `rjit.dis` annotates with the instruction); a loop's preheader `p<unit>`, after
        // its header. The first block of a unit keeps the plain name.
        let mut named = HashSet::new();
        for b in &self.f.blocks {
            let name = if b.preheader || !named.insert(b.start) {
                format!("p{}", b.start)
            } else {
                format!("i{}", b.start)
            };
            let bb = self.l.ctx.append_basic_block(self.l.func, &name);
            self.blocks.push(bb);
        }
        // Block parameters as phis (at the top of their blocks, before any code).
        for (k, b) in self.f.blocks.iter().enumerate() {
            self.l.b.position_at_end(self.blocks[k]);
            let mut phis = Vec::new();
            for &p in &b.params {
                let f64t = self.l.ctx.f64_type();
                let bool_t = self.l.ctx.bool_type();
                let (phi, flag, lv) = match self.prepr(p) {
                    PRepr::Plain(Repr::I64) => {
                        let phi = self.l.b.build_phi(self.l.i64, "p").map_err(be)?;
                        (phi, None, LV::I(phi.as_basic_value().into_int_value()))
                    }
                    PRepr::Plain(Repr::F64) => {
                        let phi = self.l.b.build_phi(f64t, "p").map_err(be)?;
                        (phi, None, LV::F(phi.as_basic_value().into_float_value()))
                    }
                    PRepr::Plain(Repr::Boxed) => {
                        let phi = self.l.b.build_phi(self.l.ptr, "p").map_err(be)?;
                        (
                            phi,
                            None,
                            LV::Obj(phi.as_basic_value().into_pointer_value()),
                        )
                    }
                    // A number and a flag: bound (`Nullable*`), or is a float (`Num`).
                    pr @ (PRepr::NullableI64 | PRepr::NullableF64 | PRepr::Num) => {
                        let float = pr == PRepr::NullableF64;
                        let phi = if float {
                            self.l.b.build_phi(f64t, "p")
                        } else {
                            self.l.b.build_phi(self.l.i64, "p")
                        }
                        .map_err(be)?;
                        let flag = self.l.b.build_phi(bool_t, "flag").map_err(be)?;
                        let (v, f) = (phi.as_basic_value(), flag.as_basic_value().into_int_value());
                        let lv = match pr {
                            PRepr::NullableI64 => LV::NI(v.into_int_value(), f),
                            PRepr::NullableF64 => LV::NF(v.into_float_value(), f),
                            _ => LV::N(v.into_int_value(), f),
                        };
                        (phi, Some(flag), lv)
                    }
                };
                self.vals.insert(p, lv);
                phis.push((phi, flag));
            }
            self.phis.push(phis);
        }
        // The entry: recursion check and frame link, then block 0.
        self.l.b.position_at_end(entry);
        self.l.enter_then(self.blocks[0])?;
        for &k in &order {
            let b = &self.f.blocks[k];
            self.l.b.position_at_end(self.blocks[k]);
            self.l.naming = b.start;
            if k == 0 {
                // Locals start NULL (the frame's), the stack allocas uninitialised.
                self.phys = (0..self.nslots)
                    .map(|j| if j < self.nlocals { Ph::Null } else { Ph::Dead })
                    .collect();
                if let Some(resume) = self.l.an.instrs.iter().find(|i| i.op == Opcode::Resume) {
                    self.l.depth = 0;
                    self.l.resume(resume)?;
                }
            } else {
                let st = b
                    .entry
                    .map(|s| self.state(s))
                    .ok_or_else(|| be("typed: a block without an entry state"))?;
                let want = self.want_of(st, &HashMap::new());
                self.phys = self.canonical(&want);
            }
            for i in &b.insts {
                if let Op::Generic { offset, .. } = i.op {
                    self.cur = Some(offset);
                }
                self.inst(i)?;
            }
            self.term(k, b)?;
        }
        Ok(())
    }

    /// What the slots hold on entering a block whose entry state is `want`.
    fn canonical(&self, want: &[Option<Value>]) -> Vec<Ph> {
        want.iter()
            .map(|w| match *w {
                None => Ph::Dead,
                Some(v) if self.is_null(v) => Ph::Null,
                Some(v) => match self.val(v) {
                    Ok(LV::Obj(_)) => Ph::Holds(v),
                    _ => Ph::Maybe(v),
                },
            })
            .collect()
    }

    fn inst(&mut self, i: &crate::hir::ir::Inst) -> R<()> {
        match &i.op {
            Op::Param(k) => {
                let p = self.l.local_ptr(*k)?;
                let v = self
                    .l
                    .b
                    .build_load(self.l.ptr, p, "param")
                    .map_err(be)?
                    .into_pointer_value();
                self.vals.insert(i.results[0], LV::Obj(v));
                self.phys[*k as usize] = Ph::Holds(i.results[0]);
            }
            Op::Const(c) => {
                let r = i.results[0];
                let lv = match c {
                    Const::Int(n) => {
                        self.note_const(r, Number::Int(*n));
                        LV::I(self.l.i64.const_int(*n as u64, true))
                    }
                    Const::Float(bits) => {
                        self.note_const(r, Number::Float(*bits));
                        LV::F(self.l.ctx.f64_type().const_float(f64::from_bits(*bits)))
                    }
                    Const::Obj(k) => {
                        self.consts.insert(r);
                        LV::Obj(self.l.table_entry(*k)?)
                    }
                    Const::Unbound | Const::Null => LV::Obj(self.l.ptr.const_null()),
                };
                self.vals.insert(r, lv);
            }
            Op::CheckBound { v, .. } => {
                let s = i.state.ok_or_else(|| be("typed: check without state"))?;
                let (num, bound) = match self.val(*v)? {
                    LV::NI(x, b) => (LV::I(x), b),
                    LV::NF(x, b) => (LV::F(x), b),
                    LV::Obj(_) => (
                        LV::B(self.l.ctx.bool_type().const_zero()),
                        self.l.ctx.bool_type().const_zero(),
                    ),
                    other => {
                        // An unboxed value is bound.
                        self.vals.insert(i.results[0], other);
                        self.ident.insert(i.results[0], *v);
                        return Ok(());
                    }
                };
                if !matches!(self.val(*v)?, LV::Obj(_)) {
                    // Unbound: the interpreter's UnboundLocalError, raised with the frame
                    // synced.
                    let at = self.state(s).resume_at;
                    let ins = *self
                        .l
                        .an
                        .instrs
                        .iter()
                        .find(|x| x.start == at)
                        .ok_or_else(|| be("typed: no instruction at a state"))?;
                    let here = self.l.here()?;
                    let saved = self.phys.clone();
                    let fail = self.l.new_block("typed_unbound");
                    self.l.b.position_at_end(fail);
                    self.full_sync(s)?;
                    self.l.set_prev_instr(ins.offset)?;
                    self.l.call(
                        "rjit_unbound_local",
                        None,
                        &[
                            self.l.tstate.into(),
                            self.l.frame.into(),
                            self.l.c32(ins.arg as i64).into(),
                        ],
                    )?;
                    let err = self.l.error_block(&ins)?;
                    self.l.b.build_unconditional_branch(err).map_err(be)?;
                    self.phys = saved;
                    self.l.b.position_at_end(here);
                    self.l.guard(bound, fail, "bound")?;
                    self.vals.insert(i.results[0], num);
                    self.ident.insert(i.results[0], *v);
                    return Ok(());
                }
                let LV::Obj(p) = self.val(*v)? else {
                    return Err(be("typed: a value changed its form"));
                };
                let at = self.state(s).resume_at;
                let ins = *self
                    .l
                    .an
                    .instrs
                    .iter()
                    .find(|x| x.start == at)
                    .ok_or_else(|| be("typed: no instruction at a state"))?;
                self.full_sync(s)?;
                self.l.unless_unbound(&ins, p, "rjit_unbound_local")?;
                self.vals.insert(i.results[0], LV::Obj(p));
                self.ident.insert(i.results[0], *v);
            }
            Op::Callee {
                v,
                site,
                slot,
                depth,
            } => {
                // A function whose code is the site's (the hook put it there), no tracer (the
                // call and return events are the interpreter's), and room for `depth` more
                // frames (the interpreter raises RecursionError at the call, or at a callee's
                // call inside it): otherwise the call.
                let s = i
                    .state
                    .ok_or_else(|| be("typed: callee check without state"))?;
                let LV::Obj(func) = self.val(*v)? else {
                    return Err(be("typed: an unboxed callable"));
                };
                if *slot {
                    self.check_slot_callee(func, *site, s)?;
                } else {
                    // LOAD_METHOD's NULL when it found no method (`[NULL, attribute]`).
                    let set = self.l.b.build_is_not_null(func, "callable").map_err(be)?;
                    self.check(set, s)?;
                    let is_func = self.type_is(func, "PyFunction_Type")?;
                    self.check(is_func, s)?;
                    let code = self.l.load_ptr(func, cp::FUNC_CODE)?;
                    let want = self
                        .l
                        .load_ptr(self.callee_site(*site)?, CALLEE_SITE_CODE)?;
                    let l = &self.l;
                    let same = l.ptr_eq(code, want)?;
                    self.check(same, s)?;
                }
                let l = &self.l;
                let cframe = l.load_ptr(l.tstate, cp::TSTATE_CFRAME)?;
                let tracing = l.load_int(l.ctx.i8_type(), cframe, cp::CFRAME_USE_TRACING)?;
                let quiet =
                    l.b.build_int_compare(
                        IntPredicate::EQ,
                        tracing,
                        l.ctx.i8_type().const_zero(),
                        "untraced",
                    )
                    .map_err(be)?;
                self.check(quiet, s)?;
                let l = &self.l;
                // A frame for it and for each callee it is computed in place of.
                let left = l.load_int(l.i32, l.tstate, cp::TSTATE_RECURSION_REMAINING)?;
                let need = l.i32.const_int(u64::from(*depth) - 1, false);
                let room =
                    l.b.build_int_compare(IntPredicate::SGT, left, need, "room")
                        .map_err(be)?;
                self.check(room, s)?;
            }
            Op::CalleeAttr {
                v,
                site,
                code,
                name,
                hint,
                method,
            } => {
                let s = i
                    .state
                    .ok_or_else(|| be("typed: callee attribute without state"))?;
                let LV::Obj(owner) = self.val(*v)? else {
                    return refuse("an attribute of an unboxed value");
                };
                self.callee_attr(
                    owner,
                    [*site, *code, *name],
                    (*hint, *method),
                    i.results[0],
                    s,
                )?;
            }
            Op::CalleeGlobal { site, code, name } => {
                let s = i
                    .state
                    .ok_or_else(|| be("typed: callee global without state"))?;
                self.callee_global([*site, *code, *name], i.results[0], s)?;
            }
            Op::Is { v, builtin } => {
                let s = i.state.ok_or_else(|| be("typed: check without state"))?;
                let LV::Obj(o) = self.val(*v)? else {
                    return refuse("an unboxed value checked to be a builtin");
                };
                let want = match builtin {
                    Builtin::Isinstance => self
                        .l
                        .load_ptr(self.l.global("rjit_builtin_isinstance"), 0)?,
                    Builtin::Int => self.l.global("PyLong_Type"),
                    Builtin::Float => self.l.global("PyFloat_Type"),
                    Builtin::Tuple => self.l.global("PyTuple_Type"),
                    Builtin::List => self.l.global("PyList_Type"),
                };
                let ok = self.l.ptr_eq(o, want)?;
                self.check(ok, s)?;
            }
            Op::Guard { v, ty } => {
                let s = i.state.ok_or_else(|| be("typed: guard without state"))?;
                let r = i.results[0];
                self.ident.insert(r, *v);
                let either = Type::INT.union(Type::FLOAT);
                let lv = match (self.val(*v)?, *ty) {
                    (LV::I(x), Type::INT) => LV::I(x),
                    (LV::F(x), Type::FLOAT) => LV::F(x),
                    (lv @ (LV::I(_) | LV::F(_) | LV::N(..)), t) if t == either => lv,
                    (LV::N(..), t) if t == Type::INT || t == Type::FLOAT => {
                        self.as_kind(*v, t, s)?
                    }
                    // An int or a float object (`number_in` reads it where it is used).
                    (LV::Obj(p), t) if t == either => {
                        let f = self.type_is(p, "PyFloat_Type")?;
                        let i = self.type_is(p, "PyLong_Type")?;
                        let ok = self.l.b.build_or(f, i, "num").map_err(be)?;
                        self.check(ok, s)?;
                        LV::Obj(p)
                    }
                    (LV::Obj(p), Type::FLOAT) => {
                        let ok = self.type_is(p, "PyFloat_Type")?;
                        self.check(ok, s)?;
                        LV::F(self.l.float_value(p)?)
                    }
                    (LV::Obj(p), Type::INT) => LV::I(self.int_of(p, s)?),
                    (LV::Obj(p), t) if array_typecodes(t).is_some() => {
                        let ok = self.is_array(p, array_typecodes(t).unwrap_or_default())?;
                        self.check(ok, s)?;
                        LV::Obj(p)
                    }
                    // A list or a tuple (UNPACK_SEQUENCE: `items_of` tells them apart).
                    (LV::Obj(p), t) if t == Type::LIST_OR_TUPLE => {
                        let list = self.type_is(p, "PyList_Type")?;
                        let tuple = self.type_is(p, "PyTuple_Type")?;
                        let ok = self.l.b.build_or(list, tuple, "seq").map_err(be)?;
                        self.check(ok, s)?;
                        LV::Obj(p)
                    }
                    (LV::Obj(p), t) if container_type(t).is_some() => {
                        let name = container_type(t).unwrap_or_default();
                        let ok = self.type_is(p, name)?;
                        self.check(ok, s)?;
                        LV::Obj(p)
                    }
                    _ => return refuse("a guard on an unboxed value of another type"),
                };
                self.vals.insert(r, lv);
            }
            Op::Generic {
                op,
                arg,
                offset,
                inputs,
                kw,
            } => {
                if matches!(op, Opcode::MakeCell | Opcode::CopyFreeVars) {
                    return self.make_cells(*offset, &i.results);
                }
                let tys: Vec<Type> = inputs.iter().map(|&v| self.ty(v)).collect();
                let s = i
                    .state
                    .ok_or_else(|| be("typed: instruction without state"))?;
                if let (Some(Intrinsic::ListAppend), Opcode::LoadMethod) =
                    (self.f.natives.get(offset), op)
                {
                    // `[list.append, lst]`: the descriptor (this process's, taken when rjit was
                    // enabled) and the list itself, with no lookup.
                    let descr = self.l.load_ptr(self.l.global("rjit_list_append"), 0)?;
                    self.vals.insert(i.results[0], LV::Obj(descr));
                    let owner = self.val(inputs[0])?;
                    self.vals.insert(i.results[1], owner);
                    self.ident.insert(i.results[1], inputs[0]);
                } else if let Some(&native) = self.f.natives.get(offset) {
                    let lv = self.intrinsic(native, inputs, i.results[0], s)?;
                    if native == Intrinsic::Float && tys[2] == Type::FLOAT {
                        // `float(x)` of a float is `x` itself.
                        self.ident.insert(i.results[0], inputs[2]);
                    }
                    self.vals.insert(i.results[0], lv);
                } else if *op == Opcode::LoadGlobal && self.f.quiet.contains(offset) {
                    self.load_global(*offset, i.results[0], s)?;
                } else if *op == Opcode::LoadDeref && self.f.quiet.contains(offset) {
                    self.load_deref(*offset, inputs[0], i.results[0], s)?;
                } else if *op == Opcode::StoreAttr && self.f.quiet.contains(offset) {
                    self.store_instance_attr(*offset, inputs, s)?;
                } else if *op == Opcode::LoadAttr
                    && self.f.quiet.contains(offset)
                    && (matches!(
                        self.l.snap.hints.attr(*offset),
                        AttrHint::Instance | AttrHint::Slot
                    ) || self.l.snap.hints.value(*offset).is_some())
                {
                    self.instance_attr(*offset, inputs[0], i.results[0], s)?;
                } else if *op == Opcode::LoadMethod
                    && self.f.quiet.contains(offset)
                    && self.l.snap.hints.method(*offset) != MethodHint::Module
                {
                    self.instance_method(*offset, inputs[0], &i.results, s)?;
                } else if self.f.quiet.contains(offset) {
                    self.module_attr(*offset, inputs[0], &i.results, s)?;
                } else if crate::hir::lowerable::array_op(*op, &tys) {
                    if *op == Opcode::BinarySubscr {
                        let lv = self.array_load(inputs, s)?;
                        self.vals.insert(i.results[0], lv);
                    } else {
                        self.array_store(inputs, s)?;
                    }
                } else if let Some(native) = crate::hir::lowerable::native_container_op(*op, &tys) {
                    match native {
                        Opcode::BinarySubscr => self.subscr(inputs, i.results[0], s)?,
                        Opcode::UnpackSequence => self.unpack(inputs, &i.results, s)?,
                        Opcode::BuildTuple => self.build_tuple(inputs, i.results[0], s)?,
                        _ => self.store_subscr(inputs, s)?,
                    }
                } else if *op == Opcode::GetIter {
                    self.get_iter(*offset, inputs[0], i.results[0], s)?;
                } else if numeric_op(*op, *arg, &tys) {
                    let lv = self.numeric(*op, *arg, inputs, s)?;
                    if *op == Opcode::UnaryPositive {
                        self.ident.insert(i.results[0], inputs[0]);
                    }
                    self.vals.insert(i.results[0], lv);
                } else {
                    self.generic(*offset, *kw, inputs.len(), s, &i.results)?;
                }
            }
        }
        Ok(())
    }

    fn note_const(&mut self, r: Value, n: Number) {
        if let Some((k, _)) = self.l.snap.numbers.iter().find(|(_, m)| *m == n) {
            self.konst.insert(r, *k);
        }
    }

    fn type_is(&self, p: PointerValue<'ctx>, ty: &str) -> R<IntValue<'ctx>> {
        let t = self.l.load_ptr(p, cp::OB_TYPE)?;
        self.l.ptr_eq(t, self.l.global(ty))
    }

    /// The value of exact int `p` of at most two digits; anything else deopts at `s`.
    fn int_of(&mut self, p: PointerValue<'ctx>, s: StateId) -> R<IntValue<'ctx>> {
        let ok = self.type_is(p, "PyLong_Type")?;
        self.check(ok, s)?;
        let (compact, v) = self.l.compact_int(p)?;
        self.check(compact, s)?;
        Ok(v)
    }

    fn int_in(&mut self, v: Value, s: StateId) -> R<IntValue<'ctx>> {
        match self.val(v)? {
            LV::I(x) => Ok(x),
            LV::Obj(p) => self.int_of(p, s),
            _ => Err(be("typed: not an int")),
        }
    }

    /// Value `v` (a float, or an int compared with one) as a double that is exactly it: an int
    /// beyond 2**53 in magnitude, which a double may round, deopts at `s` (CPython compares an
    /// int with a float exactly, `float_richcompare`).
    fn exact_float_in(&mut self, v: Value, s: StateId) -> R<FloatValue<'ctx>> {
        if self.ty(v) != Type::INT {
            return self.float_in(v, s);
        }
        let x = self.int_in(v, s)?;
        self.exact_double(LV::I(x), s)
    }

    fn float_in(&mut self, v: Value, s: StateId) -> R<FloatValue<'ctx>> {
        let f64t = self.l.ctx.f64_type();
        match self.val(v)? {
            LV::F(x) => Ok(x),
            LV::I(x) => self
                .l
                .b
                .build_signed_int_to_float(x, f64t, "itof")
                .map_err(be),
            LV::Obj(p) if self.ty(v) == Type::FLOAT => self.l.float_value(p),
            LV::Obj(p) => {
                let x = self.int_of(p, s)?;
                self.l
                    .b
                    .build_signed_int_to_float(x, f64t, "itof")
                    .map_err(be)
            }
            // The int converted to the nearest double, as `float_add` and friends convert it.
            LV::N(bits, is_float) => {
                let b = &self.l.b;
                let x = b.build_bit_cast(bits, f64t, "num_f").map_err(be)?;
                let y = b
                    .build_signed_int_to_float(bits, f64t, "num_itof")
                    .map_err(be)?;
                Ok(b.build_select(is_float, x, y.into(), "num")
                    .map_err(be)?
                    .into_float_value())
            }
            LV::B(_) | LV::NI(..) | LV::NF(..) => Err(be("typed: not a number")),
        }
    }

    /// Value `v` as a double: an unboxed number, or an object checked at run time to be an
    /// exact float or an int of at most two digits (anything else deopts at `s`).
    fn number_in(&mut self, v: Value, s: StateId) -> R<FloatValue<'ctx>> {
        let LV::Obj(p) = self.val(v)? else {
            return self.float_in(v, s);
        };
        if self.ty(v) == Type::FLOAT || self.ty(v) == Type::INT {
            return self.float_in(v, s);
        }
        let is_f = self.type_is(p, "PyFloat_Type")?;
        let float = self.l.new_block("num_float");
        let int = self.l.new_block("num_int");
        let join = self.l.new_block("num");
        self.l.branch_expecting(is_f, float, int, true)?;
        self.l.b.position_at_end(float);
        let x = self.l.float_value(p)?;
        let float_end = self.l.here()?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.l.b.position_at_end(int);
        let i = self.int_of(p, s)?;
        let f64t = self.l.ctx.f64_type();
        let y = self
            .l
            .b
            .build_signed_int_to_float(i, f64t, "itof")
            .map_err(be)?;
        let int_end = self.l.here()?;
        self.l.b.build_unconditional_branch(join).map_err(be)?;
        self.l.b.position_at_end(join);
        Ok(self
            .l
            .phi(f64t, &[(x, float_end), (y, int_end)], "number")?
            .into_float_value())
    }

    /// A numeric instruction on unboxed operands (`repr::numeric_op`).
    fn numeric(&mut self, op: Opcode, arg: u32, inputs: &[Value], s: StateId) -> R<LV<'ctx>> {
        let ints = inputs.iter().all(|&v| self.ty(v) == Type::INT);
        match op {
            Opcode::UnaryPositive => self.val(inputs[0]),
            Opcode::UnaryNegative if ints => {
                let x = self.int_in(inputs[0], s)?;
                let min = self.l.i64.const_int(i64::MIN as u64, true);
                let ok = self
                    .l
                    .b
                    .build_int_compare(IntPredicate::NE, x, min, "negok")
                    .map_err(be)?;
                self.check(ok, s)?;
                Ok(LV::I(self.l.b.build_int_neg(x, "neg").map_err(be)?))
            }
            Opcode::UnaryNegative => {
                let x = self.float_in(inputs[0], s)?;
                Ok(LV::F(self.l.b.build_float_neg(x, "fneg").map_err(be)?))
            }
            Opcode::CompareOp if ints => {
                let (x, y) = (self.int_in(inputs[0], s)?, self.int_in(inputs[1], s)?);
                let p = super::compare::INT_CMP
                    .get(arg as usize)
                    .copied()
                    .ok_or_else(|| be("typed: comparison"))?;
                Ok(LV::B(
                    self.l.b.build_int_compare(p, x, y, "cmp").map_err(be)?,
                ))
            }
            Opcode::CompareOp => {
                let (x, y) = (
                    self.exact_float_in(inputs[0], s)?,
                    self.exact_float_in(inputs[1], s)?,
                );
                let p = super::compare::FLOAT_CMP
                    .get(arg as usize)
                    .copied()
                    .ok_or_else(|| be("typed: comparison"))?;
                Ok(LV::B(
                    self.l.b.build_float_compare(p, x, y, "fcmp").map_err(be)?,
                ))
            }
            Opcode::BinaryOp if ints => self.int_binary(arg, inputs, s),
            Opcode::BinaryOp => self.float_binary(arg, inputs, s),
            _ => Err(be("typed: not a numeric instruction")),
        }
    }

    fn overflow_op(
        &mut self,
        name: &str,
        x: IntValue<'ctx>,
        y: IntValue<'ctx>,
        s: StateId,
    ) -> R<IntValue<'ctx>> {
        let i64t = self.l.i64;
        let intrinsic = inkwell::intrinsics::Intrinsic::find(name)
            .ok_or_else(|| be(format!("no intrinsic {name}")))?;
        let decl = intrinsic
            .get_declaration(self.l.module, &[i64t.into()])
            .ok_or_else(|| be(format!("cannot declare {name}")))?;
        let r = self
            .l
            .b
            .build_call(decl, &[x.into(), y.into()], "ov")
            .map_err(be)?
            .try_as_basic_value()
            .basic()
            .ok_or_else(|| be("intrinsic returned void"))?
            .into_struct_value();
        let v = self
            .l
            .b
            .build_extract_value(r, 0, "v")
            .map_err(be)?
            .into_int_value();
        let o = self
            .l
            .b
            .build_extract_value(r, 1, "o")
            .map_err(be)?
            .into_int_value();
        let ok = self.l.b.build_not(o, "no_overflow").map_err(be)?;
        self.check(ok, s)?;
        Ok(v)
    }

    fn icmp(&self, p: IntPredicate, a: IntValue<'ctx>, b: i64) -> R<IntValue<'ctx>> {
        self.l
            .b
            .build_int_compare(p, a, self.l.i64.const_int(b as u64, true), "c")
            .map_err(be)
    }

    fn int_binary(&mut self, arg: u32, inputs: &[Value], s: StateId) -> R<LV<'ctx>> {
        let op = if arg >= 13 { arg - 13 } else { arg };
        let (x, y) = (self.int_in(inputs[0], s)?, self.int_in(inputs[1], s)?);
        let b = &self.l.b;
        Ok(LV::I(match op {
            0 => self.overflow_op("llvm.sadd.with.overflow", x, y, s)?,
            10 => self.overflow_op("llvm.ssub.with.overflow", x, y, s)?,
            5 => self.overflow_op("llvm.smul.with.overflow", x, y, s)?,
            1 => b.build_and(x, y, "and").map_err(be)?,
            7 => b.build_or(x, y, "or").map_err(be)?,
            12 => b.build_xor(x, y, "xor").map_err(be)?,
            2 | 6 => {
                // Floor division and modulo; a zero divisor and MIN // -1 go to the
                // interpreter.
                let nz = self.icmp(IntPredicate::NE, y, 0)?;
                self.check(nz, s)?;
                let min = self.icmp(IntPredicate::EQ, x, i64::MIN)?;
                let m1 = self.icmp(IntPredicate::EQ, y, -1)?;
                let both = self.l.b.build_and(min, m1, "minm1").map_err(be)?;
                let ok = self.l.b.build_not(both, "ok").map_err(be)?;
                self.check(ok, s)?;
                let b = &self.l.b;
                let q = b.build_int_signed_div(x, y, "q").map_err(be)?;
                let r = b.build_int_signed_rem(x, y, "r").map_err(be)?;
                let zero = self.l.i64.const_zero();
                let rnz = b
                    .build_int_compare(IntPredicate::NE, r, zero, "rnz")
                    .map_err(be)?;
                let sx = b.build_xor(r, y, "sx").map_err(be)?;
                let neg = b
                    .build_int_compare(IntPredicate::SLT, sx, zero, "neg")
                    .map_err(be)?;
                let adjust = b.build_and(rnz, neg, "adj").map_err(be)?;
                if op == 2 {
                    let q1 = b
                        .build_int_sub(q, self.l.i64.const_int(1, false), "q1")
                        .map_err(be)?;
                    b.build_select(adjust, q1, q, "fq")
                        .map_err(be)?
                        .into_int_value()
                } else {
                    let r1 = b.build_int_add(r, y, "r1").map_err(be)?;
                    b.build_select(adjust, r1, r, "fr")
                        .map_err(be)?
                        .into_int_value()
                }
            }
            3 => {
                // `x << y`: a negative count raises, bits shifted out make a big int: both
                // in the interpreter.
                let in_range = self.icmp(IntPredicate::ULT, y, 64)?;
                self.check(in_range, s)?;
                let b = &self.l.b;
                let r = b.build_left_shift(x, y, "shl").map_err(be)?;
                let back = b.build_right_shift(r, y, true, "back").map_err(be)?;
                let same = b
                    .build_int_compare(IntPredicate::EQ, back, x, "exact")
                    .map_err(be)?;
                self.check(same, s)?;
                r
            }
            9 => {
                let nonneg = self.icmp(IntPredicate::SGE, y, 0)?;
                self.check(nonneg, s)?;
                let big = self.icmp(IntPredicate::SGT, y, 63)?;
                let b = &self.l.b;
                let y63 = b
                    .build_select(big, self.l.i64.const_int(63, false), y, "cnt")
                    .map_err(be)?
                    .into_int_value();
                b.build_right_shift(x, y63, true, "shr").map_err(be)?
            }
            11 => {
                // int / int: one correctly rounded division when both are exact doubles
                // (`long_true_divide`'s fast path); else, or by zero, the interpreter.
                let nz = self.icmp(IntPredicate::NE, y, 0)?;
                self.check(nz, s)?;
                let ex = self.l.int_fits_double(x)?;
                let ey = self.l.int_fits_double(y)?;
                let both = self.l.b.build_and(ex, ey, "exact").map_err(be)?;
                self.check(both, s)?;
                let f64t = self.l.ctx.f64_type();
                let b = &self.l.b;
                let fx = b.build_signed_int_to_float(x, f64t, "fx").map_err(be)?;
                let fy = b.build_signed_int_to_float(y, f64t, "fy").map_err(be)?;
                return Ok(LV::F(b.build_float_div(fx, fy, "div").map_err(be)?));
            }
            _ => return Err(be("typed: int operator")),
        }))
    }

    fn float_binary(&mut self, arg: u32, inputs: &[Value], s: StateId) -> R<LV<'ctx>> {
        let op = if arg >= 13 { arg - 13 } else { arg };
        // `number_in`: an `Int|Float` operand may be an object of either kind.
        let (x, y) = (self.number_in(inputs[0], s)?, self.number_in(inputs[1], s)?);
        let b = &self.l.b;
        Ok(LV::F(match op {
            0 => b.build_float_add(x, y, "fadd").map_err(be)?,
            10 => b.build_float_sub(x, y, "fsub").map_err(be)?,
            5 => b.build_float_mul(x, y, "fmul").map_err(be)?,
            11 => {
                let zero = self.l.ctx.f64_type().const_zero();
                let nz = b
                    .build_float_compare(FloatPredicate::UNE, y, zero, "nz")
                    .map_err(be)?;
                self.check(nz, s)?;
                self.l.b.build_float_div(x, y, "fdiv").map_err(be)?
            }
            8 => self.float_pow(x, y, s)?,
            _ => return Err(be("typed: float operator")),
        }))
    }

    /// `x ** y`: libm's `pow` where `float_pow` calls it with no special case before or after
    /// it (a positive finite base, a finite exponent, a finite result); anything else (a zero
    /// or negative base, infinities, NaN, overflow) deopts and the interpreter computes it.
    fn float_pow(
        &mut self,
        x: FloatValue<'ctx>,
        y: FloatValue<'ctx>,
        s: StateId,
    ) -> R<FloatValue<'ctx>> {
        let f64t = self.l.ctx.f64_type();
        let (zero, inf) = (f64t.const_zero(), f64t.const_float(f64::INFINITY));
        let b = &self.l.b;
        let cmp = |p, a, c, name| b.build_float_compare(p, a, c, name).map_err(be);
        // Ordered comparisons: NaN fails each.
        let pos = cmp(FloatPredicate::OGT, x, zero, "pos")?;
        let xfin = cmp(FloatPredicate::OLT, x, inf, "xfin")?;
        // `y - y` is 0 for a finite `y`, NaN for an infinite one or NaN.
        let ydiff = b.build_float_sub(y, y, "ydiff").map_err(be)?;
        let yfin = cmp(FloatPredicate::OEQ, ydiff, zero, "yfin")?;
        let ok = b.build_and(pos, xfin, "base_ok").map_err(be)?;
        let ok = b.build_and(ok, yfin, "pow_ok").map_err(be)?;
        self.check(ok, s)?;
        let r = self
            .l
            .call("rjit_float_pow", Some(f64t.into()), &[x.into(), y.into()])?
            .into_float_value();
        // A positive base gives a positive result: overflow is +inf (OverflowError).
        let fin = self
            .l
            .b
            .build_float_compare(FloatPredicate::OLT, r, inf, "rfin")
            .map_err(be)?;
        self.check(fin, s)?;
        Ok(r)
    }

    /// A generic instruction: the frame fully synced to its state, then the generic tier's
    /// emitter for its opcode, its results read back from the stack slots.
    fn generic(
        &mut self,
        offset: u32,
        kw: Option<u32>,
        n_inputs: usize,
        s: StateId,
        results: &[Value],
    ) -> R<()> {
        let ins = self.instr(offset)?;
        let depth = self.full_sync(s)?;
        self.l.kwnames = kw;
        self.l.naming = offset;
        if !self.l.lower_instr(&ins)? {
            return refuse(format!("{} ends its block", ins.op.name()));
        }
        // The instruction popped its inputs and pushed what it makes: its results, plus the
        // NULL LOAD_GLOBAL pushes below the global (a separate constant in the typed middle).
        // Some keep an input on the stack (`hir::build::inputs_kept`).
        let kept = crate::hir::build::inputs_kept(ins.op);
        // The DEREF family's first input is the cell in its fast local, not on the stack.
        let n_inputs = match ins.op {
            Opcode::LoadDeref | Opcode::StoreDeref | Opcode::DeleteDeref => {
                n_inputs.saturating_sub(1)
            }
            _ => n_inputs,
        };
        let after = self.l.depth as usize;
        let start = (depth as usize + kept)
            .checked_sub(n_inputs)
            .ok_or_else(|| be("typed: more inputs than stack"))?;
        let pushed = after
            .checked_sub(start)
            .ok_or_else(|| be("typed: the stack shrank below the inputs"))?;
        let extra = pushed
            .checked_sub(results.len())
            .ok_or_else(|| be("typed: fewer values pushed than results"))?;
        if extra > 1 || (extra == 1 && ins.op != Opcode::LoadGlobal) {
            return Err(be(format!(
                "typed: {} pushed {pushed} values",
                ins.op.name()
            )));
        }
        for j in self.nlocals + start..self.nslots {
            self.phys[j] = Ph::Dead;
        }
        for (k, &r) in results.iter().enumerate() {
            // UNPACK_SEQUENCE leaves its first item (`results[0]`) on top.
            let at = if ins.op == Opcode::UnpackSequence {
                start + pushed - 1 - k
            } else {
                start + extra + k
            };
            self.held_in(self.nlocals + at, r)?;
        }
        Ok(())
    }

    /// The bytecode instruction that ends HIR block `b` (its terminator's instruction), none
    /// for a preheader or a block an inlined callee's terminator ends.
    fn last_instr(&self, b: &Block) -> Option<&'a Instr> {
        if b.preheader || b.inlined {
            return None;
        }
        let an = self.l.an;
        let i = an.instrs.iter().position(|x| x.start == b.start)?;
        let mut k = i;
        while k + 1 < an.instrs.len() && !self.l.leaders.contains(&an.instrs[k + 1].start) {
            k += 1;
        }
        Some(&an.instrs[k])
    }

    fn term(&mut self, k: usize, b: &'a Block) -> R<()> {
        let last = self.last_instr(b);
        if let Some(l) = last {
            self.cur = Some(l.offset);
        }
        let backward = |e: &Edge, f: &Func| -> Option<&'a Instr> {
            let to = &f.blocks[e.to.0 as usize];
            let l = last?;
            (to.start <= l.start).then_some(l)
        };
        match &b.term {
            Terminator::Jump(e) => {
                let bw = backward(e, self.f);
                let bb = self.edge(k, e, bw)?;
                self.l.b.build_unconditional_branch(bb).map_err(be)?;
            }
            Terminator::Branch {
                v,
                cond,
                taken,
                fallthrough,
                state,
            } => {
                let c = self.condition(*v, *cond, *state, last)?;
                let here = self.l.here()?;
                let t = self.edge(k, taken, backward(taken, self.f))?;
                let f = self.edge(k, fallthrough, backward(fallthrough, self.f))?;
                self.l.b.position_at_end(here);
                self.l.b.build_conditional_branch(c, t, f).map_err(be)?;
            }
            Terminator::ForIter {
                iter,
                item,
                body,
                exhausted,
                state,
            } => self.for_iter(k, *iter, *item, body, exhausted, *state, last)?,
            Terminator::Return(v) => {
                let ins = last
                    .filter(|i| i.op == Opcode::ReturnValue)
                    .ok_or_else(|| be("typed: return without RETURN_VALUE"))?;
                let r = self.object_of(*v)?;
                // The stack slots are released; the locals stay for the frame's clearing.
                for j in self.nlocals..self.nslots {
                    if matches!(self.phys[j], Ph::Holds(_) | Ph::Maybe(_)) {
                        let old = self.load_slot(j)?;
                        self.l.xdecref(old)?;
                        self.phys[j] = Ph::Null;
                    }
                }
                let top = self.l.i32.const_int(self.l.snap.nlocalsplus as u64, false);
                self.l
                    .store_at(self.l.frame, cp::FRAME_STACKTOP, top.into())?;
                self.l.set_prev_instr(ins.offset)?;
                self.l.leave()?;
                self.l.b.build_return(Some(&r)).map_err(be)?;
            }
            Terminator::Raise { state, .. } => {
                // RAISE_VARARGS by the generic emitter, the frame synced: the exception leaves
                // the frame (no handlers here).
                let ins = last
                    .filter(|i| i.op == Opcode::RaiseVarargs)
                    .ok_or_else(|| be("typed: raise without RAISE_VARARGS"))?;
                self.full_sync(*state)?;
                self.l.naming = ins.offset;
                if self.l.lower_instr(ins)? {
                    return Err(be("typed: RAISE_VARARGS fell through"));
                }
            }
            Terminator::Deopt(s) => {
                let bb = self.deopt(*s)?;
                self.l.b.build_unconditional_branch(bb).map_err(be)?;
            }
        }
        Ok(())
    }

    /// The i1 a branch tests.
    fn condition(
        &mut self,
        v: Value,
        cond: Cond,
        s: StateId,
        last: Option<&'a Instr>,
    ) -> R<IntValue<'ctx>> {
        let lv = self.val(v)?;
        let b = &self.l.b;
        let truth = match (lv, cond) {
            (LV::B(c), Cond::True | Cond::False) => c,
            (LV::I(x), Cond::True | Cond::False) => b
                .build_int_compare(IntPredicate::NE, x, self.l.i64.const_zero(), "nz")
                .map_err(be)?,
            (LV::F(x), Cond::True | Cond::False) => b
                .build_float_compare(
                    FloatPredicate::UNE,
                    x,
                    self.l.ctx.f64_type().const_zero(),
                    "nz",
                )
                .map_err(be)?,
            (LV::Obj(p), Cond::None | Cond::NotNone) => {
                let is = self.l.ptr_eq(p, self.l.global("_Py_NoneStruct"))?;
                return if cond == Cond::None {
                    Ok(is)
                } else {
                    self.l.b.build_not(is, "notnone").map_err(be)
                };
            }
            (LV::Obj(p), _) => {
                // Any object's truth: the generic emitter's (it may call `__bool__`).
                let ins = last.ok_or_else(|| be("typed: branch without instruction"))?;
                self.full_sync(s)?;
                self.l.naming = ins.offset;
                self.l.truth(p, ins, false)?
            }
            (LV::NI(..) | LV::NF(..), _) => return Err(be("typed: a branch on a maybe-unbound")),
            (LV::N(..), _) => return refuse("a branch on an int or a float"),
            (_, Cond::None) => self.l.ctx.bool_type().const_zero(),
            (_, Cond::NotNone) => self.l.ctx.bool_type().const_all_ones(),
        };
        if cond == Cond::False {
            return self.l.b.build_not(truth, "not").map_err(be);
        }
        Ok(truth)
    }

    /// FOR_ITER: a range iterator's next item as an `i64`; list, tuple, `zip`, `enumerate`,
    /// dict, set, str and bytes iterators' items lightly synced; any other iterator through
    /// the generic emitter (the item an object).
    #[allow(clippy::too_many_arguments)]
    fn for_iter(
        &mut self,
        k: usize,
        iter: Value,
        item: Value,
        body: &Edge,
        exhausted: &Edge,
        s: StateId,
        last: Option<&'a Instr>,
    ) -> R<()> {
        let ins = last
            .filter(|i| i.op == Opcode::ForIter)
            .ok_or_else(|| be("typed: FOR_ITER missing"))?;
        let LV::Obj(it) = self.val(iter)? else {
            return Err(be("typed: an unboxed iterator"));
        };
        let depth = self.state(s).stack.len();
        let it_slot = self.nlocals + depth - 1;
        if self.ty(iter) == Type::RANGE_ITER && self.repr(item) == Repr::I64 {
            let l = &self.l;
            let index = l.load_int(l.i64, it, cp::RANGEITER_INDEX)?;
            let len = l.load_int(l.i64, it, cp::RANGEITER_LEN)?;
            let more =
                l.b.build_int_compare(IntPredicate::SLT, index, len, "more")
                    .map_err(be)?;
            let got = l.new_block("range_next");
            let done = l.new_block("range_done");
            l.b.build_conditional_branch(more, got, done).map_err(be)?;
            l.b.position_at_end(got);
            let start = l.load_int(l.i64, it, cp::RANGEITER_START)?;
            let step = l.load_int(l.i64, it, cp::RANGEITER_STEP)?;
            let off = l.b.build_int_mul(index, step, "off").map_err(be)?;
            let v = l.b.build_int_add(start, off, "item").map_err(be)?;
            let index1 = l.b.build_int_add(index, l.c64(1), "index1").map_err(be)?;
            l.store_at(it, cp::RANGEITER_INDEX, index1.into())?;
            self.vals.insert(item, LV::I(v));
            let bb = self.edge(k, body, None)?;
            self.l.b.build_unconditional_branch(bb).map_err(be)?;
            self.l.b.position_at_end(done);
            // Exhausted: the iterator is popped (a range iterator's release runs no code).
            let saved = self.phys.clone();
            let p = self.load_slot(it_slot)?;
            self.l.xdecref(p)?;
            self.store_slot(it_slot, self.l.ptr.const_null())?;
            self.phys[it_slot] = Ph::Null;
            let bb = self.edge(k, exhausted, None)?;
            self.l.b.build_unconditional_branch(bb).map_err(be)?;
            self.phys = saved;
            return Ok(());
        }
        // Any other iterator. A list or tuple iterator's next item is taken inline with the
        // slots only lightly synced, and so is a `zip` or `enumerate`'s (`rjit_pair_next`, where
        // it runs no code) and a dict's, set's, str's or bytes' (`rjit_quiet_next`); anything
        // else (a generator, another iterator, an exhausted one) goes through the generic
        // FOR_ITER with the frame fully synced, its two ways out
        // redirected to our edges. The paths join with the fast path's description of the
        // slots: where it says `Maybe`, the slow path may have left the object.
        let want = self.want_of(self.state(s), &HashMap::new());
        self.sync(&want)?;
        self.own_borrowed()?;
        let item_slot = self.nlocals + depth;
        let join = self.l.new_block("iter_item");
        let slow = self.l.new_block("iter_slow");
        let done_bb = self.l.new_block("iter_done");
        let ty = self.l.load_ptr(it, cp::OB_TYPE)?;
        // A generator goes to the slow path at once: none of the checks below can take it.
        {
            let l = &self.l;
            let is_gen = l.ptr_eq(ty, l.global("PyGen_Type"))?;
            let not_gen = l.new_block("not_gen_iter");
            l.b.build_conditional_branch(is_gen, slow, not_gen)
                .map_err(be)?;
            l.b.position_at_end(not_gen);
        }
        for (iter_type, seq_at, index_at, seq_t) in [
            (
                "PyListIter_Type",
                cp::LISTITER_SEQ,
                cp::LISTITER_INDEX,
                Type::LIST,
            ),
            (
                "PyTupleIter_Type",
                cp::TUPLEITER_SEQ,
                cp::TUPLEITER_INDEX,
                Type::TUPLE,
            ),
        ] {
            let l = &self.l;
            let is = l.ptr_eq(ty, l.global(iter_type))?;
            let this = l.new_block("seq_iter");
            let other = l.new_block("not_seq_iter");
            l.b.build_conditional_branch(is, this, other).map_err(be)?;
            l.b.position_at_end(this);
            let seq = l.load_ptr(it, seq_at)?;
            let alive = l.b.build_is_not_null(seq, "alive").map_err(be)?;
            l.guard(alive, slow, "seq_alive")?;
            let index = l.load_int(l.i64, it, index_at)?;
            let (items, n) = self.items_of(seq, seq_t)?;
            let l = &self.l;
            let more =
                l.b.build_int_compare(IntPredicate::SLT, index, n, "more")
                    .map_err(be)?;
            let got = l.new_block("seq_item");
            let end = l.new_block("seq_end");
            l.branch_expecting(more, got, end, true)?;
            // Exhausted: what `listiter_next`/`tupleiter_next` do (drop the sequence), then
            // the iterator popped. Inline only while something else holds the sequence, so
            // that neither release runs code (the iterator's dealloc then drops nothing).
            l.b.position_at_end(end);
            let rc = l.load_int(l.i64, seq, 0)?;
            let shared =
                l.b.build_int_compare(IntPredicate::SGT, rc, l.c64(1), "seq_shared")
                    .map_err(be)?;
            l.guard(shared, slow, "seq_drop")?;
            l.store_at(it, seq_at, l.ptr.const_null().into())?;
            let rc1 = l.b.build_int_sub(rc, l.c64(1), "rc1").map_err(be)?;
            l.b.build_store(seq, rc1).map_err(be)?;
            l.decref(it)?;
            l.b.build_unconditional_branch(done_bb).map_err(be)?;
            l.b.position_at_end(got);
            let off = l.b.build_int_mul(index, l.c64(8), "off").map_err(be)?;
            let item =
                l.b.build_load(l.ptr, l.gep_dyn(items, off)?, "item")
                    .map_err(be)?
                    .into_pointer_value();
            l.incref(item)?;
            let index1 = l.b.build_int_add(index, l.c64(1), "index1").map_err(be)?;
            l.store_at(it, index_at, index1.into())?;
            self.store_slot(item_slot, item)?;
            self.l.b.build_unconditional_branch(join).map_err(be)?;
            self.l.b.position_at_end(other);
        }
        // `zip(a, b)` and `enumerate(a)` over lists, tuples and ranges: their reused result
        // tuple, refilled as `zip_next` and `enum_next` refill it, where that runs no code
        // (`runtime::pairs`); NULL (nothing changed) takes the generic instruction.
        let l = &self.l;
        let is_zip = l.ptr_eq(ty, l.global("PyZip_Type"))?;
        let is_enum = l.ptr_eq(ty, l.global("PyEnum_Type"))?;
        // Any other: a dict's, set's, str's or bytes' iterator where its step runs no code
        // (`rjit_quiet_next`, `runtime::iters`), else NULL as for a pair.
        let pair = l.b.build_or(is_zip, is_enum, "pair_iter").map_err(be)?;
        let try_pair = l.new_block("pair_next");
        let try_quiet = l.new_block("quiet_next");
        l.b.build_conditional_branch(pair, try_pair, try_quiet)
            .map_err(be)?;
        for (bb, helper) in [(try_pair, "rjit_pair_next"), (try_quiet, "rjit_quiet_next")] {
            let l = &self.l;
            l.b.position_at_end(bb);
            let t = l
                .call(helper, Some(l.ptr.into()), &[it.into()])?
                .into_pointer_value();
            let got = l.b.build_is_not_null(t, "next_got").map_err(be)?;
            let have = l.new_block("next_item");
            l.branch_expecting(got, have, slow, true)?;
            l.b.position_at_end(have);
            self.store_slot(item_slot, t)?;
            self.l.b.build_unconditional_branch(join).map_err(be)?;
        }

        // The slow path: the generic FOR_ITER pushes the item into the same slot.
        self.l.b.position_at_end(slow);
        let light = self.phys.clone();
        self.materialize(&want)?;
        self.l.depth = depth as u32;
        self.l.naming = ins.offset;
        let target = ins
            .jump_target()
            .ok_or_else(|| be("typed: FOR_ITER target"))?;
        let saved_next = self.l.blocks.insert(ins.next, join);
        let saved_target = self.l.blocks.insert(target, done_bb);
        let r = self.l.for_iter(ins);
        restore(&mut self.l.blocks, ins.next, saved_next);
        restore(&mut self.l.blocks, target, saved_target);
        r?;

        // The item (a new reference) above the iterator.
        self.l.b.position_at_end(join);
        self.phys = light.clone();
        self.held_in(item_slot, item)?;
        let bb = self.edge(k, body, None)?;
        self.l.b.build_unconditional_branch(bb).map_err(be)?;

        // Exhausted: the iterator released (inline or by the generic FOR_ITER), its pointer
        // left in the slot.
        self.phys = light;
        self.l.b.position_at_end(done_bb);
        self.phys[it_slot] = Ph::Dead;
        let bb = self.edge(k, exhausted, None)?;
        self.l.b.build_unconditional_branch(bb).map_err(be)?;
        Ok(())
    }

    /// The block an edge from block `from` goes through: the slots synced to the target's
    /// entry state, arguments given the target parameters' forms, the eval breaker checked on
    /// a back edge (`backward`: the jump instruction). Leaves the builder where it was.
    fn edge(&mut self, from: usize, e: &Edge, backward: Option<&'a Instr>) -> R<BasicBlock<'ctx>> {
        let here = self.l.here()?;
        let saved = self.phys.clone();
        let to = e.to.0 as usize;
        let target = &self.f.blocks[to];
        let bb = self.l.new_block(&format!("e{from}_{to}"));
        self.l.b.position_at_end(bb);
        let subst: HashMap<Value, Value> = target
            .params
            .iter()
            .copied()
            .zip(e.args.iter().copied())
            .collect();
        let st = target
            .entry
            .map(|s| self.state(s))
            .ok_or_else(|| be("typed: an edge into the entry block"))?;
        let want = self.want_of(st, &subst);
        self.sync(&want)?;
        // Block entries hold their stack values (`canonical`).
        self.own_borrowed()?;
        // Arguments for boxed parameters that are unboxed here need their objects; so does an
        // unboxed value that reaches two slots (`b = a`) where one is the target's parameter:
        // past the merge they are two values, and `a is b` must stay true. (Where both slots
        // hold the same value past the edge too, as in a callee's blocks, `Maybe` slots share
        // its box when it is made.)
        let params: HashSet<Value> = target.params.iter().copied().collect();
        let mut seen: HashMap<Value, usize> = HashMap::new();
        let mut shared: HashSet<usize> = HashSet::new();
        let slot_values: Vec<Value> = st.locals.iter().chain(&st.stack).copied().collect();
        let merged = slot_values.iter().any(|v| params.contains(v));
        for (j, w) in want.iter().enumerate() {
            if merged
                && let Some(v) = *w
                && self.unboxed(v)?
                && matches!(self.phys[j], Ph::Maybe(_))
            {
                if let Some(&first) = seen.get(&self.base(v)) {
                    shared.insert(first);
                    shared.insert(j);
                } else {
                    seen.insert(self.base(v), j);
                }
            }
        }
        let needs_box: HashSet<usize> = target
            .params
            .iter()
            .zip(&e.args)
            .filter(|(p, a)| {
                self.prepr(**p) == PRepr::Plain(Repr::Boxed) && self.unboxed(**a).unwrap_or(false)
            })
            .filter_map(|(p, _)| st.locals.iter().chain(&st.stack).position(|v| v == p))
            .collect();
        let needs_box: HashSet<usize> = needs_box.union(&shared).copied().collect();
        if !needs_box.is_empty() {
            self.materialize_some(&want, Some(&needs_box))?;
        }
        let mut incoming: Vec<(BasicValueEnum<'ctx>, Option<IntValue<'ctx>>)> = Vec::new();
        let (yes, no) = (
            self.l.ctx.bool_type().const_all_ones(),
            self.l.ctx.bool_type().const_zero(),
        );
        for (p, a) in target.params.iter().zip(&e.args) {
            let unbound = self.ty(*a) == Type::UNBOUND;
            let v = match (self.prepr(*p), self.val(*a)?) {
                (PRepr::Plain(Repr::Boxed), LV::Obj(x)) => (x.into(), None),
                (PRepr::Plain(Repr::Boxed), _) => {
                    let pos = st
                        .locals
                        .iter()
                        .chain(&st.stack)
                        .position(|v| v == p)
                        .ok_or_else(|| be("typed: a parameter outside its state"))?;
                    (self.load_slot(pos)?.into(), None)
                }
                (PRepr::Plain(Repr::I64), LV::I(x)) => (x.into(), None),
                (PRepr::Plain(Repr::F64), LV::F(x)) => (x.into(), None),
                (PRepr::NullableI64, _) if unbound => (self.l.i64.const_zero().into(), Some(no)),
                (PRepr::NullableF64, _) if unbound => {
                    (self.l.ctx.f64_type().const_zero().into(), Some(no))
                }
                (PRepr::NullableI64, LV::I(x)) => (x.into(), Some(yes)),
                (PRepr::NullableI64, LV::NI(x, b)) => (x.into(), Some(b)),
                (PRepr::NullableF64, LV::F(x)) => (x.into(), Some(yes)),
                (PRepr::NullableF64, LV::NF(x, b)) => (x.into(), Some(b)),
                (PRepr::Num, LV::I(x)) => (x.into(), Some(no)),
                (PRepr::Num, LV::F(x)) => (self.f64_bits(x)?.into(), Some(yes)),
                (PRepr::Num, LV::N(x, b)) => (x.into(), Some(b)),
                _ => return Err(be("typed: an argument of another form")),
            };
            incoming.push(v);
        }
        if let Some(jump) = backward {
            self.eval_breaker(jump, &want, target.start)?;
        }
        let end = self.l.here()?;
        let blk = self.blocks[to];
        for ((phi, flag), (v, bound)) in self.phis[to].iter().zip(incoming) {
            phi.add_incoming(&[(&v, end)]);
            if let (Some(flag), Some(bound)) = (flag, bound) {
                flag.add_incoming(&[(&bound, end)]);
            }
        }
        self.l.b.build_unconditional_branch(blk).map_err(be)?;
        self.phys = saved;
        self.l.b.position_at_end(here);
        Ok(bb)
    }

    /// On a back edge: if the eval breaker is set, the frame fully synced (to the target's
    /// entry state) and `rjit_eval_breaker` run; an exception from it raises at the jump,
    /// anything else pending hands the frame to the interpreter at the target.
    fn eval_breaker(&mut self, jump: &Instr, want: &[Option<Value>], target: u32) -> R<()> {
        let l = &self.l;
        let interp = l.load_ptr(l.tstate, cp::TSTATE_INTERP)?;
        let eb_ptr = l.gep(interp, cp::INTERP_EVAL_BREAKER)?;
        let eb = l.b.build_load(l.i32, eb_ptr, "eval_breaker").map_err(be)?;
        eb.into_int_value()
            .as_instruction()
            .map(|i| i.set_volatile(true))
            .transpose()
            .map_err(be)?;
        let set =
            l.b.build_int_compare(IntPredicate::NE, eb.into_int_value(), l.c32(0), "eb")
                .map_err(be)?;
        let slow = l.new_block("eval_breaker");
        let cont = l.new_block("cont");
        l.branch_expecting(set, slow, cont, false)?;
        l.b.position_at_end(slow);
        let saved = self.phys.clone();
        self.materialize(want)?;
        let depth = want
            .iter()
            .rposition(|w| w.is_some())
            .map_or(0, |p| p + 1)
            .saturating_sub(self.nlocals) as u32;
        self.l.depth = depth;
        self.l.set_prev_instr(jump.offset)?;
        let r = self
            .l
            .call(
                "rjit_eval_breaker",
                Some(self.l.i32.into()),
                &[self.l.tstate.into()],
            )?
            .into_int_value();
        let deopt = self.l.exit_block(target as i64 - 1, depth, 0)?;
        let err = self.l.error_block(jump)?;
        let after = self.l.new_block("eval_breaker_done");
        self.l
            .b
            .build_switch(r, deopt, &[(self.l.c32(0), after), (self.l.c32(-1), err)])
            .map_err(be)?;
        // The slow path leaves objects in the slots the fast path may leave NULL: both are
        // what `Maybe` allows, so the paths join with the fast path's description.
        self.l.b.position_at_end(after);
        self.l.b.build_unconditional_branch(cont).map_err(be)?;
        self.phys = saved;
        self.l.b.position_at_end(cont);
        Ok(())
    }
}

/// The C type object of an exact builtin class the typed tier guards (`None` for numbers,
/// which are unboxed instead).
fn container_type(t: Type) -> Option<&'static str> {
    Some(match t {
        Type::RANGE_ITER => "PyRangeIter_Type",
        Type::LIST => "PyList_Type",
        Type::TUPLE => "PyTuple_Type",
        Type::DICT => "PyDict_Type",
        Type::STR => "PyUnicode_Type",
        _ => return None,
    })
}

fn restore<'ctx>(m: &mut HashMap<u32, BasicBlock<'ctx>>, k: u32, old: Option<BasicBlock<'ctx>>) {
    match old {
        Some(b) => {
            m.insert(k, b);
        }
        None => {
            m.remove(&k);
        }
    }
}
