//! Lowering one code object to one LLVM function.
//!
//! Shape of the generated function (`runtime::EntryFn`):
//! ```text
//! entry:  allocas for every value-stack slot; rjit_enter (recursion + link frame) ─► instr 0
//! instr i: one block per reachable instruction, depth known statically (bytecode::stack_depth)
//! unwind: per raising site covered by the exception table: traceback entry, pop to the
//!         handler's depth, push (lasti and) the exception, jump to the compiled handler
//! error:  per raising site outside any handler: spill live stack slots into the frame,
//!         rjit_handoff(…, throwflag=1, or 2 for a re-raise): the exception leaves the frame,
//!         unwound by the helper (or, with tracing on, by the interpreter), NULL returned
//! deopt:  per site: spill, rjit_handoff(…, throwflag=0) at an instruction boundary
//! ```
//! Generator-like code is entered only to *resume* a suspended frame: the entry switches on
//! `prev_instr` (RETURN_GENERATOR or a YIELD_VALUE) and reloads the saved stack (see `generator`).
//! Invariants (ARCHITECTURE invariant 1): locals live only in `frame->localsplus`; every stack
//! slot holds an owned reference (or a NULL the interpreter also pushes; or, between a numeric
//! producer and its consumer only, an unboxed value: `push_unboxed`); `prev_instr` names
//! the executing instruction before anything that can call out or raise; the exits hand the
//! frame to the interpreter with exactly the stack the interpreter would have.
//! The match in `lower_instr` lists every base opcode; there is no catch-all arm.

mod call;
mod compare;
mod frame;
mod generator;
mod jumps;
mod ops;
mod stack;
mod typed;

use std::cell::RefCell;
use std::collections::HashMap;

use inkwell::AddressSpace;
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::types::{BasicMetadataTypeEnum, BasicTypeEnum, IntType, PointerType};
use inkwell::values::{
    BasicMetadataValueEnum, BasicValueEnum, FloatValue, FunctionValue, IntValue, PointerValue,
};

use crate::bytecode::{Analysed, Instr, Opcode};
use crate::cpython as cp;
use crate::errors::AbortReason;
use crate::tier0::CodeSnapshot;

/// Helpers that only rare paths call: error and deopt exits, the eval breaker, recursion
/// overflow, unbound names, the general frame pop. Declared `cold`, so that LLVM's branch
/// probabilities (its cold-call heuristic) lay every block that leads only to them out of the
/// hot path, without a weight on each branch: the hot path of a function stays contiguous in
/// the instruction cache.
const COLD_HELPERS: &[&str] = &[
    "rjit_handoff",
    "rjit_eval_breaker",
    "rjit_recursion_check",
    "rjit_call_recursion_check",
    "rjit_traceback_here",
    "rjit_trace_exception",
    "rjit_unbound_local",
    "rjit_unbound_deref",
    "rjit_resume_in_interpreter",
    "rjit_pop_frame",
    "rjit_op_raise_varargs",
    "rjit_op_reraise",
    "_Py_CheckFunctionResult",
];

type R<T> = Result<T, AbortReason>;

fn be<E: std::fmt::Display>(e: E) -> AbortReason {
    AbortReason::Backend(e.to_string())
}

/// State of the lowering of one function.
pub(crate) struct Lower<'ctx, 'a> {
    ctx: &'ctx Context,
    module: &'a Module<'ctx>,
    b: Builder<'ctx>,
    func: FunctionValue<'ctx>,
    ptr: PointerType<'ctx>,
    i64: IntType<'ctx>,
    i32: IntType<'ctx>,
    tstate: PointerValue<'ctx>,
    frame: PointerValue<'ctx>,
    table: PointerValue<'ctx>,
    code_base: PointerValue<'ctx>,
    /// Start of this code's inline-cache area (the runtime table's last entry).
    caches: PointerValue<'ctx>,
    /// Inline-cache site number of each instruction that has one, by offset.
    cache_sites: HashMap<u32, u32>,
    slots: Vec<PointerValue<'ctx>>,
    /// Per abstract stack slot, companions for an unboxed value (`unboxed`): its kind
    /// (`UNBOXED_*`, i8), its float and its int.
    kslots: Vec<PointerValue<'ctx>>,
    fslots: Vec<PointerValue<'ctx>>,
    islots: Vec<PointerValue<'ctx>>,
    /// Per abstract stack slot: it holds a numeric result that was not boxed (`push_unboxed`):
    /// the slot holds NULL and the value is in `fslots` or `islots` as `kslots` says, or
    /// (kind `UNBOXED_OBJECT`, from a slow path) an owned object.
    /// Only the consumer it was made for reads it (`pop_value`); an error exit spills the
    /// slot as it is (a NULL is skipped by the unwinding), and no deopt may happen while one
    /// is live (`exit_block` refuses, so the function stays interpreted rather than wrong).
    unboxed: Vec<bool>,
    /// Per abstract stack slot: the unboxed value it holds is constant `Some(i)` of
    /// `co_consts` (`stack::load_const`), which `compare::materialize` gives as the constant
    /// object itself.
    constant: Vec<Option<u32>>,
    /// Per abstract stack slot: it holds a *borrowed* reference (`push_borrowed`), which only
    /// the consumer it was pushed for may pop (`pop_operand`); every other read is an error.
    borrowed: Vec<bool>,
    /// Start units of the basic blocks (`bytecode::cfg`): where control can arrive from
    /// elsewhere, so no borrowed value may be live across one.
    leaders: std::collections::HashSet<u32>,
    /// Starts of instructions already lowered as part of an earlier one (the STORE_FASTs after
    /// an UNPACK_SEQUENCE): their blocks are unreachable.
    absorbed: std::collections::HashSet<u32>,
    /// Offsets of the LOAD_FAST/STORE_FAST instructions whose local is certainly bound
    /// (`bytecode::bound`): no unbound check, no NULL test of the replaced value.
    bound: std::collections::HashSet<u32>,
    /// Entry-block scratch slot for out-parameters (LOAD_METHOD).
    scratch: PointerValue<'ctx>,
    /// Entry-block scratch f64 for out-parameters (`rjit_math_1`).
    fscratch: PointerValue<'ctx>,
    /// Entry-block scratch i32 of generator-like code: the status of a SEND made by the
    /// shared yield-from resume (`generator::yield_from_entry`), for the SEND's own code to
    /// finish.
    status_scratch: PointerValue<'ctx>,
    /// By SEND offset: where the shared yield-from resume hands over a SEND it made that did
    /// not yield (`generator::send`).
    send_resumed: HashMap<u32, BasicBlock<'ctx>>,
    blocks: HashMap<u32, BasicBlock<'ctx>>,
    snap: &'a CodeSnapshot,
    /// Current depth of the abstract value stack.
    depth: u32,
    /// Const index of a pending KW_NAMES, consumed by the next CALL.
    kwnames: Option<u32>,
    an: &'a Analysed,
    /// Raise paths already built, by (instruction offset, depth, adds a traceback entry).
    raise_blocks: RefCell<HashMap<(u32, u32, bool), BasicBlock<'ctx>>>,
    /// The unit of the instruction being lowered, in the names of its blocks (`new_block`).
    naming: u32,
    /// Lowering for the typed tier (`typed`): one instruction at a time, its operands and
    /// results in the stack slots, so no look-ahead at the instructions after it
    /// (`straight_after` answers `None`: no fused jumps, borrowed or unboxed pushes).
    typed: bool,
}

/// Kinds of an unboxed stack value (`Lower::push_unboxed`).
const UNBOXED_OBJECT: u64 = 0;
const UNBOXED_FLOAT: u64 = 1;
const UNBOXED_INT: u64 = 2;

/// An unboxed numeric value: `kind` (i8, `UNBOXED_*`) says which of `f` and `i` holds it.
#[derive(Clone, Copy)]
struct Unboxed<'ctx> {
    kind: IntValue<'ctx>,
    f: FloatValue<'ctx>,
    i: IntValue<'ctx>,
}

/// An operand of a numeric instruction (`pop_value`): the object (owned unless `borrowed`),
/// or, for a slot filled by `push_unboxed`, NULL-or-object plus the value in `unboxed`.
#[derive(Clone, Copy)]
struct Operand<'ctx> {
    v: PointerValue<'ctx>,
    borrowed: bool,
    unboxed: Option<Unboxed<'ctx>>,
    /// The abstract stack slot it was popped from.
    slot: u32,
    /// An unboxed constant's index in `co_consts`.
    constant: Option<u32>,
}

impl<'ctx> Operand<'ctx> {
    /// An operand from `pop_operand`.
    fn regular(v: PointerValue<'ctx>, borrowed: bool) -> Self {
        Operand {
            v,
            borrowed,
            unboxed: None,
            slot: 0,
            constant: None,
        }
    }
}

pub fn lower_function<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    snap: &CodeSnapshot,
    an: &Analysed,
    symbol: &str,
) -> R<()> {
    let mut l = Lower::new(ctx, module, snap, an, symbol)?;
    lower_bytecode(&mut l)
}

/// The typed tier's lowering of `f`, the typed middle of the same code (`typed`).
pub fn lower_typed<'ctx>(
    ctx: &'ctx Context,
    module: &Module<'ctx>,
    snap: &CodeSnapshot,
    an: &Analysed,
    symbol: &str,
    f: &crate::hir::Func,
) -> R<()> {
    let mut l = Lower::new(ctx, module, snap, an, symbol)?;
    l.typed = true;
    typed::lower(&mut l, f)
}

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// The function `symbol` with its entry block (the stack slots' allocas, the code's
    /// addresses), the builder at the end of that block.
    fn new(
        ctx: &'ctx Context,
        module: &'a Module<'ctx>,
        snap: &'a CodeSnapshot,
        an: &'a Analysed,
        symbol: &str,
    ) -> R<Self> {
        let ptr = ctx.ptr_type(AddressSpace::default());
        let fty = ptr.fn_type(&[ptr.into(), ptr.into(), ptr.into()], false);
        let func = module.add_function(symbol, fty, Some(Linkage::External));
        let b = ctx.create_builder();
        let entry = ctx.append_basic_block(func, "entry");
        b.position_at_end(entry);
        let p = |i: u32| {
            func.get_nth_param(i)
                .expect("3 params")
                .into_pointer_value()
        };
        let mut l = Lower {
            ctx,
            module,
            b,
            func,
            ptr,
            i64: ctx.i64_type(),
            i32: ctx.i32_type(),
            tstate: p(0),
            frame: p(1),
            table: p(2),
            code_base: p(1), // replaced below
            caches: p(1),    // replaced below
            cache_sites: an
                .instrs
                .iter()
                .filter(|i| crate::bytecode::has_inline_cache(i.op))
                .enumerate()
                .map(|(site, i)| (i.offset, site as u32))
                .collect(),
            slots: Vec::new(),
            kslots: Vec::new(),
            fslots: Vec::new(),
            islots: Vec::new(),
            unboxed: vec![false; snap.stacksize as usize],
            borrowed: vec![false; snap.stacksize as usize],
            constant: vec![None; snap.stacksize as usize],
            leaders: crate::bytecode::cfg::blocks(&an.instrs, &an.handlers)
                .iter()
                .map(|b| b.start)
                .collect(),
            bound: certainly_bound_offsets(snap, an),
            absorbed: Default::default(),
            scratch: p(1),        // replaced below
            fscratch: p(1),       // replaced below
            status_scratch: p(1), // replaced below
            send_resumed: HashMap::new(),
            blocks: HashMap::new(),
            snap,
            depth: 0,
            kwnames: None,
            an,
            raise_blocks: RefCell::new(HashMap::new()),
            naming: 0,
            typed: false,
        };
        for k in 0..snap.stacksize {
            let a = l.b.build_alloca(ptr, &format!("s{k}")).map_err(be)?;
            l.slots.push(a);
            let f =
                l.b.build_alloca(ctx.f64_type(), &format!("f{k}"))
                    .map_err(be)?;
            l.fslots.push(f);
            let i = l.b.build_alloca(l.i64, &format!("n{k}")).map_err(be)?;
            l.islots.push(i);
            let kind =
                l.b.build_alloca(ctx.i8_type(), &format!("k{k}"))
                    .map_err(be)?;
            l.kslots.push(kind);
        }
        l.scratch = l.b.build_alloca(ptr, "scratch").map_err(be)?;
        l.fscratch = l.b.build_alloca(ctx.f64_type(), "fscratch").map_err(be)?;
        if snap.flags & cp::CO_GENERATOR_LIKE != 0 {
            l.status_scratch = l.b.build_alloca(l.i32, "status_scratch").map_err(be)?;
        }
        let code = l.load_ptr(l.frame, cp::FRAME_CODE)?;
        l.code_base = l.gep(code, cp::CODE_ADAPTIVE)?;
        l.caches = l.table_entry(snap.nconsts + snap.nnames)?;
        Ok(l)
    }
}

/// The generic tier: one block per instruction, locals in the frame.
fn lower_bytecode(l: &mut Lower<'_, '_>) -> R<()> {
    let (ctx, func, snap, an) = (l.ctx, l.func, l.snap, l.an);
    for (i, ins) in an.instrs.iter().enumerate() {
        if an.depths[i].is_some() {
            l.blocks.insert(
                ins.start,
                ctx.append_basic_block(func, &format!("i{}", ins.offset)),
            );
        }
    }
    if snap.flags & cp::CO_GENERATOR_LIKE != 0 {
        l.generator_entry()?;
    } else {
        let first = *l
            .blocks
            .get(&an.instrs.first().ok_or_else(|| be("empty code"))?.start)
            .ok_or_else(|| be("no entry"))?;
        l.enter_then(first)?;
    }

    for (i, ins) in an.instrs.iter().enumerate() {
        let Some(d) = an.depths[i] else { continue };
        l.naming = ins.offset;
        l.b.position_at_end(l.blocks[&ins.start]);
        l.depth = d;
        if l.leaders.contains(&ins.start) && l.borrowed.contains(&true) {
            // Control may arrive from elsewhere: `borrowable` never lets a borrowed value
            // live across a block boundary.
            return Err(be(format!("borrowed value live at block {}", ins.start)));
        }
        if l.leaders.contains(&ins.start) && l.unboxed.contains(&true) {
            return Err(be(format!("unboxed value live at block {}", ins.start)));
        }
        if l.absorbed.contains(&ins.start) {
            l.b.build_unreachable().map_err(be)?;
            continue;
        }
        if i > 0
            && (an.instrs[i - 1].op == Opcode::CompareOp
                && l.fused_jump(&an.instrs[i - 1]).is_some()
                || l.fused_slice(&an.instrs[i - 1]).is_some())
        {
            // Lowered with the COMPARE_OP or BUILD_SLICE before it; nothing else reaches its
            // block.
            l.b.build_unreachable().map_err(be)?;
            continue;
        }
        let falls = l.lower_instr(ins)?;
        if falls {
            let next = an
                .instrs
                .get(i + 1)
                .ok_or_else(|| be("falls off the end of the code"))?;
            let nb = l.block_at(next.start)?;
            l.b.build_unconditional_branch(nb).map_err(be)?;
        }
    }
    Ok(())
}

/// `bytecode::bound` for this code object: the parameters are bound at entry.
fn certainly_bound_offsets(snap: &CodeSnapshot, an: &Analysed) -> std::collections::HashSet<u32> {
    let star = |flag: i32| usize::from(snap.flags & flag != 0);
    let args = (snap.argcount + snap.kwonlyargcount).max(0) as usize
        + star(cp::CO_VARARGS)
        + star(cp::CO_VARKEYWORDS);
    let bound = crate::bytecode::bound::certainly_bound(
        &an.instrs,
        &an.handlers,
        snap.nlocalsplus as usize,
        args,
        snap.flags & cp::CO_GENERATOR_LIKE != 0,
    );
    an.instrs
        .iter()
        .zip(bound)
        .filter(|(_, b)| *b)
        .map(|(ins, _)| ins.offset)
        .collect()
}

impl<'ctx, 'a> Lower<'ctx, 'a> {
    /// Lower one instruction. Returns true if control falls through to the next instruction
    /// (the caller adds the branch), false if the instruction ended its block itself.
    fn lower_instr(&mut self, ins: &Instr) -> R<bool> {
        use Opcode::*;
        match ins.op {
            Nop => Ok(true),
            Resume => self.resume(ins),
            ReturnValue => self.return_value(ins),
            LoadFast => self.load_fast(ins),
            StoreFast => self.store_fast(ins),
            LoadConst => self.load_const(ins),
            PopTop => self.pop_top(ins),
            PushNull => self.push_null(),
            Copy => self.copy(ins),
            Swap => self.swap(ins),
            BinaryOp => self.binary_op(ins),
            CompareOp => self.compare_op(ins),
            IsOp => self.is_op(ins),
            ContainsOp => self.contains_op(ins),
            UnaryNegative | UnaryPositive | UnaryInvert | UnaryNot => self.unary(ins),
            BinarySubscr => self.binary_subscr(ins),
            StoreSubscr => self.store_subscr(ins),
            JumpForward | JumpBackward | JumpBackwardNoInterrupt => self.jump(ins),
            PopJumpForwardIfFalse
            | PopJumpForwardIfTrue
            | PopJumpBackwardIfFalse
            | PopJumpBackwardIfTrue => self.pop_jump_if_bool(ins),
            PopJumpForwardIfNone
            | PopJumpForwardIfNotNone
            | PopJumpBackwardIfNone
            | PopJumpBackwardIfNotNone => self.pop_jump_if_none(ins),
            JumpIfFalseOrPop | JumpIfTrueOrPop => self.jump_or_pop(ins),
            GetIter => self.get_iter(ins),
            ForIter => self.for_iter(ins),
            LoadGlobal => self.load_global(ins),
            LoadAttr => self.load_attr(ins),
            LoadMethod => self.load_method(ins),
            StoreAttr => self.store_attr(ins),
            Precall => Ok(true),
            KwNames => {
                self.kwnames = Some(ins.arg);
                Ok(true)
            }
            Call => self.call_op(ins),
            BuildTuple | BuildList => self.build_seq(ins),
            BuildSlice if self.fused_slice(ins).is_some() => {
                let subscr = self
                    .fused_slice(ins)
                    .ok_or_else(|| be("no fused subscript"))?;
                self.slice_subscr(ins, &subscr)
            }
            UnpackSequence => self.unpack_sequence(ins),
            LoadClosure => self.load_fast(ins),
            LoadAssertionError => self.load_assertion_error(),
            ListAppend => self.list_append(ins),
            YieldValue => self.yield_value(ins),
            Send => self.send(ins),
            // Run by the interpreter, resuming at this instruction (docs/coverage.md says why):
            // generator creation needs the unexported `_Py_MakeCoro`, `except*` re-raising the
            // unexported `_PyExc_PrepReraiseStar`, and `import *` the unexported
            // `_PyFrame_LocalsToFast`.
            ReturnGenerator | PrepReraiseStar | ImportStar => self.delegate(ins),
            // Re-raises (`RERAISE`, `END_ASYNC_FOR`, bare `raise`) outside any handler leave
            // the frame (`raise_block`, throwflag 2); with tracing on, the interpreter runs
            // them, so that the tracer sees the unwind.
            Reraise | EndAsyncFor | RaiseVarargs
                if (ins.op != RaiseVarargs || ins.arg == 0)
                    && self.handler_for(ins.offset).is_none() =>
            {
                self.unless_tracing(ins)?;
                self.stack_op(ins)
            }
            LoadDeref => self.load_deref(ins),
            CopyFreeVars => self.copy_free_vars(ins),
            MakeCell | LoadClassderef | StoreDeref | DeleteDeref | DeleteFast | LoadName
            | StoreName | DeleteName | StoreGlobal | DeleteGlobal | DeleteAttr | DeleteSubscr
            | ImportName | ImportFrom | SetupAnnotations | LoadBuildClass | PrintExpr
            | MakeFunction | CallFunctionEx | BuildSet | BuildMap | BuildConstKeyMap
            | BuildString | BuildSlice | ListToTuple | SetAdd | MapAdd | ListExtend | SetUpdate
            | DictMerge | DictUpdate | UnpackEx | FormatValue | GetLen | MatchClass
            | MatchMapping | MatchSequence | MatchKeys | RaiseVarargs | Reraise | PushExcInfo
            | PopExcept | CheckExcMatch | CheckEgMatch | BeforeWith | BeforeAsyncWith
            | WithExceptStart | EndAsyncFor | GetAwaitable | GetAiter | GetAnext
            | GetYieldFromIter | AsyncGenWrap => self.stack_op(ins),
            // The decoder folds these into the instruction they belong to.
            Cache | ExtendedArg => Err(be(format!("{} decoded as an instruction", ins.op.name()))),
        }
    }

    // ----- small IR utilities -------------------------------------------------------------

    /// A block of the instruction being lowered: `u<its unit>.name` (`rjit.dis` readers, and
    /// code-size accounting, see which instruction each block of machine code belongs to).
    fn new_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.ctx
            .append_basic_block(self.func, &format!("u{}.{name}", self.naming))
    }

    fn block_at(&self, unit: u32) -> R<BasicBlock<'ctx>> {
        self.blocks
            .get(&unit)
            .copied()
            .ok_or_else(|| be(format!("jump to unreachable unit {unit}")))
    }

    fn c64(&self, v: u64) -> IntValue<'ctx> {
        self.i64.const_int(v, false)
    }

    fn c32(&self, v: i64) -> IntValue<'ctx> {
        self.i32.const_int(v as u64, true)
    }

    fn gep(&self, base: PointerValue<'ctx>, off: usize) -> R<PointerValue<'ctx>> {
        // SAFETY: a byte offset into a structure whose layout src/cpython pins.
        unsafe {
            self.b
                .build_gep(self.ctx.i8_type(), base, &[self.c64(off as u64)], "f")
        }
        .map_err(be)
    }

    fn gep_signed(&self, base: PointerValue<'ctx>, off: i64) -> R<PointerValue<'ctx>> {
        // SAFETY: a byte offset (possibly negative) to a field src/cpython pins.
        unsafe {
            self.b.build_gep(
                self.ctx.i8_type(),
                base,
                &[self.i64.const_int(off as u64, true)],
                "f",
            )
        }
        .map_err(be)
    }

    /// `base + off` for a byte offset known only at run time.
    fn gep_dyn(&self, base: PointerValue<'ctx>, off: IntValue<'ctx>) -> R<PointerValue<'ctx>> {
        // SAFETY: the offset is computed from sizes of the structure `base` points into.
        unsafe { self.b.build_gep(self.ctx.i8_type(), base, &[off], "fd") }.map_err(be)
    }

    /// Continue in a new block if `cond`, else branch to `fail` (expected to be rare).
    fn guard(&self, cond: IntValue<'ctx>, fail: BasicBlock<'ctx>, name: &str) -> R<()> {
        let ok = self.new_block(name);
        self.branch_expecting(cond, ok, fail, true)?;
        self.b.position_at_end(ok);
        Ok(())
    }

    /// `br cond, then, else` with branch weights saying `cond` is almost always `expected`:
    /// LLVM then lays the rare side (error exits, slow paths, the eval breaker) out of the
    /// hot path. Weights only shape code layout; both sides stay correct.
    fn branch_expecting(
        &self,
        cond: IntValue<'ctx>,
        then: BasicBlock<'ctx>,
        otherwise: BasicBlock<'ctx>,
        expected: bool,
    ) -> R<()> {
        let br = self
            .b
            .build_conditional_branch(cond, then, otherwise)
            .map_err(be)?;
        let (t, f) = if expected { (2000, 1) } else { (1, 2000) };
        let weights = self.ctx.metadata_node(&[
            self.ctx.metadata_string("branch_weights").into(),
            self.i32.const_int(t, false).into(),
            self.i32.const_int(f, false).into(),
        ]);
        br.set_metadata(weights, self.ctx.get_kind_id("prof"))
            .map_err(be)?;
        Ok(())
    }

    /// `br cond, then, else`, weighted towards `then` only when `likely` (a profile said so);
    /// without it neither side is favoured.
    fn branch_likely_if(
        &self,
        likely: bool,
        cond: IntValue<'ctx>,
        then: BasicBlock<'ctx>,
        otherwise: BasicBlock<'ctx>,
    ) -> R<()> {
        if likely {
            return self.branch_expecting(cond, then, otherwise, true);
        }
        self.b
            .build_conditional_branch(cond, then, otherwise)
            .map_err(be)?;
        Ok(())
    }

    /// The instruction `n` places after `ins`, if control reaches it only by falling through
    /// from `ins` (none of the instructions up to it starts a basic block).
    fn straight_after(&self, ins: &Instr, n: usize) -> Option<&'a Instr> {
        if self.typed {
            return None;
        }
        let an: &'a Analysed = self.an;
        let i = an
            .instrs
            .binary_search_by_key(&ins.start, |i| i.start)
            .ok()?;
        let run = an.instrs.get(i + 1..=i + n)?;
        run.iter()
            .all(|j| !self.leaders.contains(&j.start))
            .then(|| &run[n - 1])
    }

    /// The block the builder is in.
    fn here(&self) -> R<BasicBlock<'ctx>> {
        self.b
            .get_insert_block()
            .ok_or_else(|| be("builder not positioned"))
    }

    /// An integer field at `base + off`.
    fn load_int(
        &self,
        ty: IntType<'ctx>,
        base: PointerValue<'ctx>,
        off: usize,
    ) -> R<IntValue<'ctx>> {
        let p = self.gep(base, off)?;
        Ok(self.b.build_load(ty, p, "i").map_err(be)?.into_int_value())
    }

    /// `*(int64_t *)(base + off) += 1` (counters written with the GIL held).
    fn bump_i64(&self, base: PointerValue<'ctx>, off: usize) -> R<()> {
        let p = self.gep(base, off)?;
        let v = self
            .b
            .build_load(self.i64, p, "n")
            .map_err(be)?
            .into_int_value();
        let v = self.b.build_int_add(v, self.c64(1), "n1").map_err(be)?;
        self.b.build_store(p, v).map_err(be)?;
        Ok(())
    }

    fn load_ptr(&self, base: PointerValue<'ctx>, off: usize) -> R<PointerValue<'ctx>> {
        let p = self.gep(base, off)?;
        Ok(self
            .b
            .build_load(self.ptr, p, "p")
            .map_err(be)?
            .into_pointer_value())
    }

    fn store_at(&self, base: PointerValue<'ctx>, off: usize, v: BasicValueEnum<'ctx>) -> R<()> {
        let p = self.gep(base, off)?;
        self.b.build_store(p, v).map_err(be)?;
        Ok(())
    }

    fn local_ptr(&self, i: u32) -> R<PointerValue<'ctx>> {
        self.gep(self.frame, cp::FRAME_LOCALSPLUS + 8 * i as usize)
    }

    /// Address of the interpreter's stack slot `k` (for spills and calls).
    fn frame_stack_ptr(&self, k: u32) -> R<PointerValue<'ctx>> {
        self.local_ptr(self.snap.nlocalsplus + k)
    }

    fn push(&mut self, v: PointerValue<'ctx>) -> R<()> {
        let slot = *self
            .slots
            .get(self.depth as usize)
            .ok_or_else(|| be("stack overflow"))?;
        self.b.build_store(slot, v).map_err(be)?;
        self.borrowed[self.depth as usize] = false;
        self.unboxed[self.depth as usize] = false;
        self.constant[self.depth as usize] = None;
        self.depth += 1;
        Ok(())
    }

    /// Push a numeric result for the one consumer `compare::unboxed_result` found: `v.kind` says
    /// whether it is the float `v.f`, the int `v.i` (`obj` NULL), or `obj`, an owned reference
    /// (a slow path's result).
    fn push_unboxed(&mut self, obj: PointerValue<'ctx>, v: Unboxed<'ctx>) -> R<()> {
        let k = self.depth as usize;
        if k >= self.fslots.len() {
            return Err(be("stack overflow"));
        }
        self.b.build_store(self.kslots[k], v.kind).map_err(be)?;
        self.b.build_store(self.fslots[k], v.f).map_err(be)?;
        self.b.build_store(self.islots[k], v.i).map_err(be)?;
        self.push(obj)?;
        self.unboxed[self.depth as usize - 1] = true;
        Ok(())
    }

    /// Pop any operand of a numeric consumer: a value from `push_unboxed` comes with its
    /// kind and values (`Operand::unboxed`), anything else as `pop_operand` gives it.
    fn pop_value(&mut self) -> R<Operand<'ctx>> {
        let k = self
            .depth
            .checked_sub(1)
            .ok_or_else(|| be("stack underflow"))?;
        if !std::mem::take(&mut self.unboxed[k as usize]) {
            let (v, borrowed) = self.pop_operand()?;
            return Ok(Operand {
                v,
                borrowed,
                unboxed: None,
                slot: k,
                constant: None,
            });
        }
        self.depth = k;
        let v = self.raw_slot(k)?;
        let load = |ty: BasicTypeEnum<'ctx>, at: PointerValue<'ctx>, name: &str| {
            self.b.build_load(ty, at, name).map_err(be)
        };
        let k = k as usize;
        let u = Unboxed {
            kind: load(self.ctx.i8_type().into(), self.kslots[k], "ukind")?.into_int_value(),
            f: load(self.ctx.f64_type().into(), self.fslots[k], "uf")?.into_float_value(),
            i: load(self.i64.into(), self.islots[k], "ui")?.into_int_value(),
        };
        Ok(Operand {
            v,
            borrowed: false,
            unboxed: Some(u),
            slot: k as u32,
            constant: self.constant[k].take(),
        })
    }

    /// Release an operand from `pop_value`. An unboxed one is released from its slot, which
    /// holds NULL, the slow path's object, or the box made for it (`compare::materialize`).
    fn release_operand(&self, op: Operand<'ctx>) -> R<()> {
        match op.unboxed {
            Some(_) => {
                let v = self.raw_slot(op.slot)?;
                self.xdecref(v)
            }
            None => self.release(op.v, op.borrowed),
        }
    }

    /// Push a reference the stack does not own (a local's or a constant's), for the consumer
    /// `borrowable` found; see `stack::load_fast`.
    fn push_borrowed(&mut self, v: PointerValue<'ctx>) -> R<()> {
        self.push(v)?;
        self.borrowed[self.depth as usize - 1] = true;
        Ok(())
    }

    fn pop(&mut self) -> R<PointerValue<'ctx>> {
        self.depth = self
            .depth
            .checked_sub(1)
            .ok_or_else(|| be("stack underflow"))?;
        self.peek_at(self.depth)
    }

    /// Pop an operand of a consumer that can take a borrowed reference: (value, borrowed).
    /// The consumer releases it only if it is not borrowed (`release`).
    fn pop_operand(&mut self) -> R<(PointerValue<'ctx>, bool)> {
        self.depth = self
            .depth
            .checked_sub(1)
            .ok_or_else(|| be("stack underflow"))?;
        let k = self.depth as usize;
        let borrowed = std::mem::take(&mut self.borrowed[k]);
        Ok((self.load_slot(self.depth)?, borrowed))
    }

    /// Release an operand from `pop_operand`.
    fn release(&self, v: PointerValue<'ctx>, borrowed: bool) -> R<()> {
        if borrowed { Ok(()) } else { self.decref(v) }
    }

    /// Value in abstract slot `k` (0 = bottom), an owned reference.
    fn peek_at(&self, k: u32) -> R<PointerValue<'ctx>> {
        if self.unboxed.get(k as usize) == Some(&true) {
            return Err(be(format!("unboxed stack slot {k} read as an object")));
        }
        if self.borrowed.get(k as usize) == Some(&true) {
            // A lowering bug, caught at compile time: the function stays interpreted.
            return Err(be(format!("borrowed stack slot {k} read as owned")));
        }
        self.load_slot(k)
    }

    fn load_slot(&self, k: u32) -> R<PointerValue<'ctx>> {
        if self.unboxed.get(k as usize) == Some(&true) {
            return Err(be(format!("unboxed stack slot {k} read as an object")));
        }
        self.raw_slot(k)
    }

    /// Slot `k`'s pointer as stored, whatever it holds.
    fn raw_slot(&self, k: u32) -> R<PointerValue<'ctx>> {
        let slot = *self
            .slots
            .get(k as usize)
            .ok_or_else(|| be("bad stack slot"))?;
        Ok(self
            .b
            .build_load(self.ptr, slot, "v")
            .map_err(be)?
            .into_pointer_value())
    }

    /// Store an owned reference into slot `k` (reloads after helpers, handler entries: never
    /// a slot that holds a borrowed value, which only its consumer clears).
    fn set_slot(&self, k: u32, v: PointerValue<'ctx>) -> R<()> {
        let slot = *self
            .slots
            .get(k as usize)
            .ok_or_else(|| be("bad stack slot"))?;
        self.b.build_store(slot, v).map_err(be)?;
        Ok(())
    }

    /// Declare (once) and call an external function by name (`cold` if in `COLD_HELPERS`).
    fn call(
        &self,
        name: &str,
        ret: Option<BasicTypeEnum<'ctx>>,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        let f = match self.module.get_function(name) {
            Some(f) => f,
            None => {
                let params: Vec<BasicMetadataTypeEnum> = args
                    .iter()
                    .map(|a| match a {
                        BasicMetadataValueEnum::IntValue(i) => i.get_type().into(),
                        BasicMetadataValueEnum::FloatValue(f) => f.get_type().into(),
                        _ => self.ptr.into(),
                    })
                    .collect();
                let fty = match ret {
                    Some(BasicTypeEnum::IntType(t)) => t.fn_type(&params, false),
                    Some(BasicTypeEnum::FloatType(t)) => t.fn_type(&params, false),
                    Some(_) => self.ptr.fn_type(&params, false),
                    None => self.ctx.void_type().fn_type(&params, false),
                };
                let f = self.module.add_function(name, fty, Some(Linkage::External));
                if COLD_HELPERS.contains(&name) {
                    let kind = inkwell::attributes::Attribute::get_named_enum_kind_id("cold");
                    f.add_attribute(
                        inkwell::attributes::AttributeLoc::Function,
                        self.ctx.create_enum_attribute(kind, 0),
                    );
                }
                f
            }
        };
        let cs = self.b.build_call(f, args, "c").map_err(be)?;
        Ok(cs
            .try_as_basic_value()
            .basic()
            .unwrap_or_else(|| self.ptr.const_null().into()))
    }

    /// A phi of type `ty` at the builder's position, over (value, predecessor) pairs.
    fn phi<V: inkwell::values::BasicValue<'ctx> + Copy>(
        &self,
        ty: impl inkwell::types::BasicType<'ctx>,
        incoming: &[(V, BasicBlock<'ctx>)],
        name: &str,
    ) -> R<BasicValueEnum<'ctx>> {
        let phi = self.b.build_phi(ty, name).map_err(be)?;
        for (v, bb) in incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        Ok(phi.as_basic_value())
    }

    /// Call a function returning a `double` (libm's, or an LLVM intrinsic by its name).
    fn call_f64(
        &self,
        name: &str,
        args: &[BasicMetadataValueEnum<'ctx>],
    ) -> R<BasicValueEnum<'ctx>> {
        self.call(name, Some(self.ctx.f64_type().into()), args)
    }

    fn call_obj(&self, name: &str, args: &[BasicMetadataValueEnum<'ctx>]) -> R<PointerValue<'ctx>> {
        Ok(self
            .call(name, Some(self.ptr.into()), args)?
            .into_pointer_value())
    }

    /// Address of a CPython global object (`_Py_TrueStruct`, …), reached by symbol.
    fn global(&self, name: &str) -> PointerValue<'ctx> {
        let g = self.module.get_global(name).unwrap_or_else(|| {
            let g = self
                .module
                .add_global(self.ctx.i8_type(), Some(AddressSpace::default()), name);
            g.set_linkage(Linkage::External);
            g
        });
        g.as_pointer_value()
    }

    fn ptr_eq(&self, a: PointerValue<'ctx>, b: PointerValue<'ctx>) -> R<IntValue<'ctx>> {
        let ai = self.b.build_ptr_to_int(a, self.i64, "a").map_err(be)?;
        let bi = self.b.build_ptr_to_int(b, self.i64, "b").map_err(be)?;
        self.b
            .build_int_compare(inkwell::IntPredicate::EQ, ai, bi, "eq")
            .map_err(be)
    }

    fn incref(&self, v: PointerValue<'ctx>) -> R<()> {
        self.add_to_refcount(v, 1)
    }

    /// `ob_refcnt += delta`, with no deallocation.
    fn add_to_refcount(&self, v: PointerValue<'ctx>, delta: i64) -> R<()> {
        let rc = self
            .b
            .build_load(self.i64, v, "rc")
            .map_err(be)?
            .into_int_value();
        let n = self
            .b
            .build_int_add(rc, self.c64(delta as u64), "rc1")
            .map_err(be)?;
        self.b.build_store(v, n).map_err(be)?;
        Ok(())
    }

    /// Py_DECREF of an object something else still holds: the count stays above zero.
    fn decref_held(&self, v: PointerValue<'ctx>) -> R<()> {
        self.add_to_refcount(v, -1)
    }

    /// Py_DECREF: dealloc when the count reaches zero.
    fn decref(&self, v: PointerValue<'ctx>) -> R<()> {
        self.decref_then(v, None)
    }

    /// Py_DECREF as the only thing instruction `offset` can call out through: `prev_instr`
    /// is set on the deallocation path only (a destructor may look at the frame).
    fn decref_at(&self, v: PointerValue<'ctx>, offset: u32) -> R<()> {
        self.decref_then(v, Some(offset))
    }

    fn decref_then(&self, v: PointerValue<'ctx>, offset: Option<u32>) -> R<()> {
        let rc = self
            .b
            .build_load(self.i64, v, "rc")
            .map_err(be)?
            .into_int_value();
        let n = self.b.build_int_sub(rc, self.c64(1), "rc1").map_err(be)?;
        self.b.build_store(v, n).map_err(be)?;
        let zero = self
            .b
            .build_int_compare(inkwell::IntPredicate::EQ, n, self.c64(0), "dead")
            .map_err(be)?;
        let dealloc = self.new_block("dealloc");
        let cont = self.new_block("cont");
        // Weighted against the deallocation so that its call is laid out after the hot code:
        // a `decq; jne` in line instead of the call's 15 bytes between every two decrefs.
        self.branch_expecting(zero, dealloc, cont, false)?;
        self.b.position_at_end(dealloc);
        if let Some(offset) = offset {
            self.set_prev_instr(offset)?;
        }
        self.call("_Py_Dealloc", None, &[v.into()])?;
        self.b.build_unconditional_branch(cont).map_err(be)?;
        self.b.position_at_end(cont);
        Ok(())
    }

    fn xdecref(&self, v: PointerValue<'ctx>) -> R<()> {
        self.xdecref_then(v, None)
    }

    /// Py_XDECREF with `prev_instr` set on the deallocation path only (see `decref_at`).
    fn xdecref_at(&self, v: PointerValue<'ctx>, offset: u32) -> R<()> {
        self.xdecref_then(v, Some(offset))
    }

    fn xdecref_then(&self, v: PointerValue<'ctx>, offset: Option<u32>) -> R<()> {
        let null = self.b.build_is_null(v, "isnull").map_err(be)?;
        let some = self.new_block("xdec");
        let cont = self.new_block("cont");
        self.b
            .build_conditional_branch(null, cont, some)
            .map_err(be)?;
        self.b.position_at_end(some);
        self.decref_then(v, offset)?;
        self.b.build_unconditional_branch(cont).map_err(be)?;
        self.b.position_at_end(cont);
        Ok(())
    }

    /// `frame->prev_instr = &code[offset]`: the executing instruction, for line numbers,
    /// tracebacks and `f_lasti`.
    fn set_prev_instr(&self, offset: u32) -> R<()> {
        let p = self.gep(self.code_base, 2 * offset as usize)?;
        self.store_at(self.frame, cp::FRAME_PREV_INSTR, p.into())
    }

    /// A block that hands the frame to the interpreter: spills stack slots `0..depth`, then
    /// `rjit_handoff(tstate, frame, prev_index, depth, throwflag)` and returns its result.
    fn exit_block(&self, prev_index: i64, depth: u32, throwflag: u8) -> R<BasicBlock<'ctx>> {
        self.exit_block_above(prev_index, depth, throwflag, depth)
    }

    /// `exit_block`, where slots `set_from..depth` were just set on this path (`set_slot`, a
    /// handler's entry): they hold objects, whatever the lowering's slot state says.
    fn exit_block_above(
        &self,
        prev_index: i64,
        depth: u32,
        throwflag: u8,
        set_from: u32,
    ) -> R<BasicBlock<'ctx>> {
        let here = self
            .b
            .get_insert_block()
            .ok_or_else(|| be("builder not positioned"))?;
        let bb = self.new_block(if throwflag != 0 { "error" } else { "deopt" });
        self.b.position_at_end(bb);
        for k in 0..depth {
            let v = if k >= set_from {
                self.raw_slot(k)?
            } else if self.unboxed[k as usize] {
                if throwflag == 0 {
                    // The interpreter would continue with this value: never planned for.
                    return Err(be(format!("deopt with unboxed stack slot {k}")));
                }
                // The exception leaves the frame: the slot is only released (NULL skipped).
                self.raw_slot(k)?
            } else {
                self.peek_at(k)?
            };
            let p = self.frame_stack_ptr(k)?;
            self.b.build_store(p, v).map_err(be)?;
        }
        let r = self.call_obj(
            "rjit_handoff",
            &[
                self.tstate.into(),
                self.frame.into(),
                self.c32(prev_index).into(),
                self.c32(depth as i64).into(),
                self.c32(throwflag as i64).into(),
            ],
        )?;
        self.b.build_return(Some(&r)).map_err(be)?;
        self.b.position_at_end(here);
        Ok(bb)
    }

    /// Where an exception raised by `ins` goes, with the current depth: the compiled handler if
    /// the exception table covers `ins` (after adding the traceback entry), else the interpreter.
    fn error_block(&self, ins: &Instr) -> R<BasicBlock<'ctx>> {
        self.raise_block(ins, true)
    }

    /// The handler entry covering `offset`, if any (ceval.c `get_exception_handler`).
    fn handler_for(&self, offset: u32) -> Option<crate::bytecode::ExceptionEntry> {
        self.an
            .handlers
            .iter()
            .find(|h| h.start <= offset && offset < h.end)
            .copied()
    }

    /// The block an exception raised at `ins` (with `self.depth` live slots) goes to. With
    /// `add_tb` it is ceval.c's `error:` (traceback entry first), without it
    /// `exception_unwind:` (a re-raise). Built once per (site, depth, kind).
    fn raise_block(&self, ins: &Instr, add_tb: bool) -> R<BasicBlock<'ctx>> {
        let key = (ins.offset, self.depth, add_tb);
        if let Some(bb) = self.raise_blocks.borrow().get(&key) {
            return Ok(*bb);
        }
        let bb = match self.handler_for(ins.offset) {
            // The exception leaves the frame: `rjit_handoff` unwinds it (throwflag 1: with the
            // traceback entry; 2: a re-raise, without, `prev_instr` as RERAISE left it).
            None => self.exit_block(ins.offset as i64, self.depth, if add_tb { 1 } else { 2 })?,
            Some(h) => {
                if h.depth > self.depth {
                    return Err(be(format!(
                        "handler depth {} above stack depth {} at {}",
                        h.depth, self.depth, ins.offset
                    )));
                }
                let here = self
                    .b
                    .get_insert_block()
                    .ok_or_else(|| be("builder not positioned"))?;
                let bb = self.new_block("unwind");
                self.b.position_at_end(bb);
                let mut traced = None;
                if add_tb {
                    self.call("rjit_traceback_here", None, &[self.tstate.into()])?;
                    // A tracer switched on by a callee sees the exception event, and the
                    // handler's lines: the interpreter runs the handler then.
                    let tracing = self.tracing_on()?;
                    let report = self.new_block("trace_exception");
                    let cont = self.new_block("unwind_compiled");
                    self.b
                        .build_conditional_branch(tracing, report, cont)
                        .map_err(be)?;
                    self.b.position_at_end(report);
                    self.call(
                        "rjit_trace_exception",
                        None,
                        &[self.tstate.into(), self.frame.into()],
                    )?;
                    self.b.build_unconditional_branch(cont).map_err(be)?;
                    self.b.position_at_end(cont);
                    traced = Some(tracing);
                }
                for k in (h.depth..self.depth).rev() {
                    // An unboxed slot holds NULL or an owned object, like the others.
                    let v = if self.unboxed[k as usize] {
                        self.raw_slot(k)?
                    } else {
                        self.peek_at(k)?
                    };
                    self.xdecref(v)?;
                }
                let mut d = h.depth;
                if h.lasti {
                    let lasti = self.call_obj("rjit_lasti", &[self.frame.into()])?;
                    self.set_slot(d, lasti)?;
                    d += 1;
                }
                let val = self.call_obj("rjit_fetch_exception", &[self.tstate.into()])?;
                self.set_slot(d, val)?;
                let handler = self.block_at(h.target)?;
                match traced {
                    Some(tracing) => {
                        let interp =
                            self.exit_block_above(h.target as i64 - 1, d + 1, 0, h.depth)?;
                        self.b
                            .build_conditional_branch(tracing, interp, handler)
                            .map_err(be)?;
                    }
                    None => {
                        self.b.build_unconditional_branch(handler).map_err(be)?;
                    }
                }
                self.b.position_at_end(here);
                bb
            }
        };
        self.raise_blocks.borrow_mut().insert(key, bb);
        Ok(bb)
    }

    /// If tracing or profiling is on, hand the frame to the interpreter before `ins`; else
    /// continue (in a fresh block).
    fn unless_tracing(&self, ins: &Instr) -> R<()> {
        let interp = self.exit_block(ins.start as i64 - 1, self.depth, 0)?;
        let go = self.new_block("not_tracing");
        let tracing = self.tracing_on()?;
        self.b
            .build_conditional_branch(tracing, interp, go)
            .map_err(be)?;
        self.b.position_at_end(go);
        Ok(())
    }

    /// Hand the frame to the interpreter before `ins`, which the interpreter then runs.
    fn delegate(&mut self, ins: &Instr) -> R<bool> {
        let bb = self.exit_block(ins.start as i64 - 1, self.depth, 0)?;
        self.b.build_unconditional_branch(bb).map_err(be)?;
        Ok(false)
    }

    /// `rjit_enter` (recursion check, link the frame), then `next`; NULL on RecursionError.
    fn enter_then(&self, next: BasicBlock<'ctx>) -> R<()> {
        // Inline `rjit_enter`: `--recursion_remaining`, the recursion check only when it was
        // already exhausted (`rjit_recursion_check`), then link the frame.
        let exhausted = self.recursion_enter()?;
        let check = self.new_block("recursion_check");
        let link = self.new_block("link");
        self.b
            .build_conditional_branch(exhausted, check, link)
            .map_err(be)?;
        self.b.position_at_end(check);
        let r = self
            .call(
                "rjit_recursion_check",
                Some(self.i32.into()),
                &[self.tstate.into()],
            )?
            .into_int_value();
        let fail = self
            .b
            .build_int_compare(inkwell::IntPredicate::NE, r, self.c32(0), "too_deep")
            .map_err(be)?;
        let bail = self.new_block("recursion_error");
        self.b
            .build_conditional_branch(fail, bail, link)
            .map_err(be)?;
        self.b.position_at_end(bail);
        self.b
            .build_return(Some(&self.ptr.const_null()))
            .map_err(be)?;
        self.b.position_at_end(link);
        let cframe = self.load_ptr(self.tstate, cp::TSTATE_CFRAME)?;
        let current = self.load_ptr(cframe, cp::CFRAME_CURRENT_FRAME)?;
        self.store_at(self.frame, cp::FRAME_PREVIOUS, current.into())?;
        self.store_at(cframe, cp::CFRAME_CURRENT_FRAME, self.frame.into())?;
        self.b.build_unconditional_branch(next).map_err(be)?;
        Ok(())
    }

    /// Frame epilogue: unlink the frame, give back its recursion unit.
    fn leave(&self) -> R<()> {
        let cframe = self.load_ptr(self.tstate, cp::TSTATE_CFRAME)?;
        let previous = self.load_ptr(self.frame, cp::FRAME_PREVIOUS)?;
        self.store_at(cframe, cp::CFRAME_CURRENT_FRAME, previous.into())?;
        self.recursion_leave()
    }

    /// `tstate->recursion_remaining--`; returns whether it was already exhausted (`<= 0`),
    /// when the caller must run the recursion check (`_Py_EnterRecursiveCallTstate`).
    fn recursion_enter(&self) -> R<IntValue<'ctx>> {
        let rem_p = self.gep(self.tstate, cp::TSTATE_RECURSION_REMAINING)?;
        let was = self
            .b
            .build_load(self.i32, rem_p, "rem")
            .map_err(be)?
            .into_int_value();
        let now = self.b.build_int_sub(was, self.c32(1), "rem1").map_err(be)?;
        self.b.build_store(rem_p, now).map_err(be)?;
        self.b
            .build_int_compare(inkwell::IntPredicate::SLE, was, self.c32(0), "exhausted")
            .map_err(be)
    }

    /// `tstate->recursion_remaining++` (`_Py_LeaveRecursiveCallTstate`).
    fn recursion_leave(&self) -> R<()> {
        let rem_p = self.gep(self.tstate, cp::TSTATE_RECURSION_REMAINING)?;
        let was = self
            .b
            .build_load(self.i32, rem_p, "rem")
            .map_err(be)?
            .into_int_value();
        let now = self.b.build_int_add(was, self.c32(1), "rem1").map_err(be)?;
        self.b.build_store(rem_p, now).map_err(be)?;
        Ok(())
    }

    /// Continue in a fresh block if `v` is non-NULL, else go to the error exit.
    fn null_check(&self, v: PointerValue<'ctx>, ins: &Instr) -> R<()> {
        let err = self.error_block(ins)?;
        let ok = self.new_block("ok");
        let null = self.b.build_is_null(v, "isnull").map_err(be)?;
        self.branch_expecting(null, err, ok, false)?;
        self.b.position_at_end(ok);
        Ok(())
    }

    /// Continue if `r >= 0` (C API int result), else the error exit.
    fn neg_check(&self, r: IntValue<'ctx>, ins: &Instr) -> R<()> {
        let err = self.error_block(ins)?;
        let ok = self.new_block("ok");
        let neg = self
            .b
            .build_int_compare(inkwell::IntPredicate::SLT, r, self.c32(0), "neg")
            .map_err(be)?;
        self.branch_expecting(neg, err, ok, false)?;
        self.b.position_at_end(ok);
        Ok(())
    }

    /// Eval-breaker check at `ins`: if `interp->ceval.eval_breaker` is set, call
    /// `rjit_eval_breaker`, which hands over the GIL and runs signal handlers and pending calls
    /// here, as the interpreter would at this instruction. An exception from a handler raises at
    /// `ins`; anything still pending (an async exception) hands the frame to the interpreter,
    /// resuming at code unit `resume_at` with the current stack.
    fn check_eval_breaker(&self, resume_at: u32, ins: &Instr) -> R<()> {
        let interp = self.load_ptr(self.tstate, cp::TSTATE_INTERP)?;
        let eb_ptr = self.gep(interp, cp::INTERP_EVAL_BREAKER)?;
        let eb = self
            .b
            .build_load(self.i32, eb_ptr, "eval_breaker")
            .map_err(be)?;
        eb.into_int_value()
            .as_instruction()
            .map(|i| i.set_volatile(true))
            .transpose()
            .map_err(be)?;
        let set = self
            .b
            .build_int_compare(
                inkwell::IntPredicate::NE,
                eb.into_int_value(),
                self.c32(0),
                "eb",
            )
            .map_err(be)?;
        let slow = self.new_block("eval_breaker");
        let cont = self.new_block("cont");
        self.branch_expecting(set, slow, cont, false)?;
        self.b.position_at_end(slow);
        let r = self
            .call(
                "rjit_eval_breaker",
                Some(self.i32.into()),
                &[self.tstate.into()],
            )?
            .into_int_value();
        let deopt = self.exit_block(resume_at as i64 - 1, self.depth, 0)?;
        let err = self.error_block(ins)?;
        self.b
            .build_switch(r, deopt, &[(self.c32(0), cont), (self.c32(-1), err)])
            .map_err(be)?;
        self.b.position_at_end(cont);
        Ok(())
    }

    /// After a call that may have run Python code: the eval-breaker check, then the tracing
    /// check. A callee that called `sys.settrace`/`sys.setprofile` leaves `use_tracing` set in
    /// the shared `_PyCFrame`; the rest of this frame then runs in the interpreter, which emits
    /// the events CPython would (a profiler's `return`, lines once `f_trace` is set).
    fn after_call(&self, ins: &Instr) -> R<()> {
        self.check_eval_breaker(ins.next, ins)?;
        let on = self.tracing_on()?;
        let deopt = self.exit_block(ins.next as i64 - 1, self.depth, 0)?;
        let cont = self.new_block("cont");
        self.b
            .build_conditional_branch(on, deopt, cont)
            .map_err(be)?;
        self.b.position_at_end(cont);
        Ok(())
    }

    /// `tstate->cframe->use_tracing != 0`, as an i1.
    fn tracing_on(&self) -> R<IntValue<'ctx>> {
        let cframe = self.load_ptr(self.tstate, cp::TSTATE_CFRAME)?;
        let flag = self.gep(cframe, cp::CFRAME_USE_TRACING)?;
        let v = self
            .b
            .build_load(self.ctx.i8_type(), flag, "use_tracing")
            .map_err(be)?
            .into_int_value();
        self.b
            .build_int_compare(
                inkwell::IntPredicate::NE,
                v,
                self.ctx.i8_type().const_zero(),
                "tracing",
            )
            .map_err(be)
    }

    /// Py_True or Py_False, as a new reference, from an i1.
    fn bool_obj(&self, cond: IntValue<'ctx>) -> R<PointerValue<'ctx>> {
        let t = self.global("_Py_TrueStruct");
        let f = self.global("_Py_FalseStruct");
        let v = self
            .b
            .build_select(cond, t, f, "bool")
            .map_err(be)?
            .into_pointer_value();
        self.incref(v)?;
        Ok(v)
    }
}
