# test: llvm-ir
def f(n):
    return n - 1 if n < 2 else n * 0.5
# run: f(1)
# run: f(7)
# run: f(2.5)
# run: f(2**70)
# run: f(True)
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyFloat_Type = external global i8
@PyLong_Type = external global i8
@_Py_TrueStruct = external global i8
@_Py_FalseStruct = external global i8
@PyList_Type = external global i8
@PyTuple_Type = external global i8
@rjit_small_ints = external global i8
@_Py_tracemalloc_config = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %f0 = alloca double, align 8
  %n0 = alloca i64, align 8
  %k0 = alloca i8, align 1
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %n1 = alloca i64, align 8
  %k1 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 32
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f5, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f5, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

i0:                                               ; preds = %u0.link
  %f12 = getelementptr i8, ptr %0, i64 16
  %p13 = load ptr, ptr %f12, align 8
  %f14 = getelementptr i8, ptr %p13, i64 100
  %eval_breaker = load volatile i32, ptr %f14, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u0.eval_breaker, label %u0.cont, !prof !0

i1:                                               ; preds = %u0.cont
  %f18 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f18, align 8
  store ptr %local, ptr %s0, align 8
  br label %i2

i2:                                               ; preds = %i1
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 2, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i3

i3:                                               ; preds = %i2
  %v = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v19 = load ptr, ptr %s0, align 8
  %f20 = getelementptr i8, ptr %f2, i64 6
  %f21 = getelementptr i8, ptr %1, i64 56
  store ptr %f20, ptr %f21, align 8
  %f22 = getelementptr i8, ptr %v19, i64 8
  %p23 = load ptr, ptr %f22, align 8
  %a = ptrtoint ptr %p23 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u3.view_float, label %u3.view_long

i6:                                               ; No predecessors!
  unreachable

i7:                                               ; preds = %u3.decide
  %f232 = getelementptr i8, ptr %1, i64 72
  %local233 = load ptr, ptr %f232, align 8
  store ptr %local233, ptr %s0, align 8
  br label %i8

i8:                                               ; preds = %i7
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v234 = load ptr, ptr %s1, align 8
  %ukind235 = load i8, ptr %k1, align 1
  %uf236 = load double, ptr %f1, align 8
  %ui237 = load i64, ptr %n1, align 4
  %v238 = load ptr, ptr %s0, align 8
  %f239 = getelementptr i8, ptr %f2, i64 18
  %f240 = getelementptr i8, ptr %1, i64 56
  store ptr %f239, ptr %f240, align 8
  %f241 = getelementptr i8, ptr %v238, i64 8
  %p242 = load ptr, ptr %f241, align 8
  %a243 = ptrtoint ptr %p242 to i64
  %eq244 = icmp eq i64 %a243, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq244, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  br label %i16

i12:                                              ; preds = %u3.decide
  %f530 = getelementptr i8, ptr %1, i64 72
  %local531 = load ptr, ptr %f530, align 8
  store ptr %local531, ptr %s0, align 8
  br label %i13

i13:                                              ; preds = %i12
  store i8 1, ptr %k1, align 1
  store double 5.000000e-01, ptr %f1, align 8
  store i64 0, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i14

i14:                                              ; preds = %i13
  %v532 = load ptr, ptr %s1, align 8
  %ukind533 = load i8, ptr %k1, align 1
  %uf534 = load double, ptr %f1, align 8
  %ui535 = load i64, ptr %n1, align 4
  %v536 = load ptr, ptr %s0, align 8
  %f537 = getelementptr i8, ptr %f2, i64 28
  %f538 = getelementptr i8, ptr %1, i64 56
  store ptr %f537, ptr %f538, align 8
  %f539 = getelementptr i8, ptr %v536, i64 8
  %p540 = load ptr, ptr %f539, align 8
  %a541 = ptrtoint ptr %p540 to i64
  %eq542 = icmp eq i64 %a541, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq542, label %u14.view_float, label %u14.view_long

i16:                                              ; preds = %u14.ok, %i11
  %v859 = load ptr, ptr %s0, align 8
  %f860 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f860, align 4
  %f861 = getelementptr i8, ptr %f2, i64 32
  %f862 = getelementptr i8, ptr %1, i64 56
  store ptr %f861, ptr %f862, align 8
  %f863 = getelementptr i8, ptr %0, i64 56
  %p864 = load ptr, ptr %f863, align 8
  %f865 = getelementptr i8, ptr %1, i64 48
  %p866 = load ptr, ptr %f865, align 8
  %f867 = getelementptr i8, ptr %p864, i64 8
  store ptr %p866, ptr %f867, align 8
  %f868 = getelementptr i8, ptr %0, i64 32
  %rem869 = load i32, ptr %f868, align 4
  %rem1870 = add i32 %rem869, 1
  store i32 %rem1870, ptr %f868, align 4
  ret ptr %v859

u0.recursion_check:                               ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %u0.recursion_error, label %u0.link

u0.link:                                          ; preds = %u0.recursion_check, %entry
  %f6 = getelementptr i8, ptr %0, i64 56
  %p7 = load ptr, ptr %f6, align 8
  %f8 = getelementptr i8, ptr %p7, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %1, i64 48
  store ptr %p9, ptr %f10, align 8
  %f11 = getelementptr i8, ptr %p7, i64 8
  store ptr %1, ptr %f11, align 8
  br label %i0

u0.recursion_error:                               ; preds = %u0.recursion_check
  ret ptr null

u0.eval_breaker:                                  ; preds = %i0
  %c15 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c15, label %u0.deopt [
    i32 0, label %u0.cont
    i32 -1, label %u0.error
  ]

u0.cont:                                          ; preds = %u0.eval_breaker, %i0
  br label %i1

u0.deopt:                                         ; preds = %u0.eval_breaker
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

u0.error:                                         ; preds = %u0.eval_breaker
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

u3.num_done:                                      ; preds = %u3.num_slow
  %res = phi ptr [ %c184, %u3.num_slow ]
  %v189 = load ptr, ptr %s1, align 8
  %isnull190 = icmp eq ptr %v189, null
  br i1 %isnull190, label %u3.cont192, label %u3.xdec191

u3.num_slow:                                      ; preds = %u3.mixed_fast, %u3.mixed, %u3.mixed_check, %u3.int_test, %u3.box_operands
  %c184 = call ptr @PyObject_RichCompare(ptr %v19, ptr %p78, i32 0)
  br label %u3.num_done

u3.cond_done:                                     ; preds = %u3.mixed_exact, %u3.float_fast, %u3.int_fast, %u3.unboxed_mixed_exact, %u3.unboxed_ints
  %cmp = phi i1 [ %icmp, %u3.unboxed_ints ], [ %fcmp, %u3.unboxed_mixed_exact ], [ %icmp130, %u3.int_fast ], [ %fcmp144, %u3.float_fast ], [ %fcmp183, %u3.mixed_exact ]
  %v185 = load ptr, ptr %s1, align 8
  %isnull = icmp eq ptr %v185, null
  br i1 %isnull, label %u3.cont, label %u3.xdec

u3.box_operands:                                  ; preds = %u3.unboxed_floats, %u3.view_is_int45, %u3.view_long40, %u3.view_int, %u3.view_is_int, %u3.view_long
  %f77 = getelementptr i8, ptr %2, i64 8
  %p78 = load ptr, ptr %f77, align 8
  %rc = load i64, ptr %p78, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %p78, align 4
  store ptr %p78, ptr %s1, align 8
  br label %u3.num_slow

u3.view:                                          ; preds = %u3.view_compact, %u3.view_float
  %vkind = phi i8 [ 1, %u3.view_float ], [ 2, %u3.view_compact ]
  %vf = phi double [ %fval, %u3.view_float ], [ 0.000000e+00, %u3.view_compact ]
  %vi = phi i64 [ 0, %u3.view_float ], [ %ival, %u3.view_compact ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u3.view32, label %u3.view_not_float, !prof !1

u3.view_float:                                    ; preds = %i3
  %f24 = getelementptr i8, ptr %v19, i64 16
  %fval = load double, ptr %f24, align 8
  br label %u3.view

u3.view_long:                                     ; preds = %i3
  %a25 = ptrtoint ptr %p23 to i64
  %eq26 = icmp eq i64 %a25, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq26, label %u3.view_is_int, label %u3.box_operands, !prof !1

u3.view_is_int:                                   ; preds = %u3.view_long
  %f27 = getelementptr i8, ptr %v19, i64 16
  %size = load i64, ptr %f27, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f28 = getelementptr i8, ptr %v19, i64 24
  %digit0 = load i32, ptr %f28, align 4
  %digit029 = zext i32 %digit0 to i64
  %f30 = getelementptr i8, ptr %v19, i64 28
  %digit1 = load i32, ptr %f30, align 4
  %digit131 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit131, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit029, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact, label %u3.view_compact, label %u3.box_operands, !prof !1

u3.view_compact:                                  ; preds = %u3.view_is_int
  br label %u3.view

u3.view32:                                        ; preds = %u3.view_compact67, %u3.view_float39, %u3.view_compact34, %u3.view
  %vkind68 = phi i8 [ 1, %u3.view ], [ 2, %u3.view_compact34 ], [ 1, %u3.view_float39 ], [ 2, %u3.view_compact67 ]
  %vf69 = phi double [ %uf, %u3.view ], [ 0.000000e+00, %u3.view_compact34 ], [ %fval42, %u3.view_float39 ], [ 0.000000e+00, %u3.view_compact67 ]
  %vi70 = phi i64 [ 0, %u3.view ], [ %ui, %u3.view_compact34 ], [ 0, %u3.view_float39 ], [ %ival66, %u3.view_compact67 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind68, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u3.unboxed_ints, label %u3.unboxed_floats

u3.view_not_float:                                ; preds = %u3.view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u3.view_int, label %u3.view_object

u3.view_int:                                      ; preds = %u3.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact33 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact33, label %u3.view_compact34, label %u3.box_operands, !prof !1

u3.view_object:                                   ; preds = %u3.view_not_float
  %f35 = getelementptr i8, ptr %v, i64 8
  %p36 = load ptr, ptr %f35, align 8
  %a37 = ptrtoint ptr %p36 to i64
  %eq38 = icmp eq i64 %a37, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq38, label %u3.view_float39, label %u3.view_long40

u3.view_compact34:                                ; preds = %u3.view_int
  br label %u3.view32

u3.view_float39:                                  ; preds = %u3.view_object
  %f41 = getelementptr i8, ptr %v, i64 16
  %fval42 = load double, ptr %f41, align 8
  br label %u3.view32

u3.view_long40:                                   ; preds = %u3.view_object
  %a43 = ptrtoint ptr %p36 to i64
  %eq44 = icmp eq i64 %a43, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq44, label %u3.view_is_int45, label %u3.box_operands, !prof !1

u3.view_is_int45:                                 ; preds = %u3.view_long40
  %f46 = getelementptr i8, ptr %v, i64 16
  %size47 = load i64, ptr %f46, align 4
  %size248 = add i64 %size47, 2
  %compact49 = icmp ule i64 %size248, 4
  %f50 = getelementptr i8, ptr %v, i64 24
  %digit051 = load i32, ptr %f50, align 4
  %digit052 = zext i32 %digit051 to i64
  %f53 = getelementptr i8, ptr %v, i64 28
  %digit154 = load i32, ptr %f53, align 4
  %digit155 = zext i32 %digit154 to i64
  %negative56 = icmp slt i64 %size47, 0
  %neg_size57 = sub i64 0, %size47
  %ndigits58 = select i1 %negative56, i64 %neg_size57, i64 %size47
  %two59 = icmp eq i64 %ndigits58, 2
  %hi60 = shl i64 %digit155, 30
  %hi261 = select i1 %two59, i64 %hi60, i64 0
  %mag62 = add i64 %digit052, %hi261
  %zero63 = icmp eq i64 %size47, 0
  %mag064 = select i1 %zero63, i64 0, i64 %mag62
  %neg_mag65 = sub i64 0, %mag064
  %ival66 = select i1 %negative56, i64 %neg_mag65, i64 %mag064
  br i1 %compact49, label %u3.view_compact67, label %u3.box_operands, !prof !1

u3.view_compact67:                                ; preds = %u3.view_is_int45
  br label %u3.view32

u3.unboxed_ints:                                  ; preds = %u3.view32
  %icmp = icmp slt i64 %vi, %vi70
  br label %u3.cond_done

u3.unboxed_floats:                                ; preds = %u3.view32
  %not_int = xor i1 %lint, true
  %biased = add i64 %vi, 9007199254740992
  %exact_int = icmp ule i64 %biased, 18014398509481984
  %float_or_exact = or i1 %not_int, %exact_int
  %not_int71 = xor i1 %rint, true
  %biased72 = add i64 %vi70, 9007199254740992
  %exact_int73 = icmp ule i64 %biased72, 18014398509481984
  %float_or_exact74 = or i1 %not_int71, %exact_int73
  %exact = and i1 %float_or_exact, %float_or_exact74
  br i1 %exact, label %u3.unboxed_mixed_exact, label %u3.box_operands, !prof !1

u3.unboxed_mixed_exact:                           ; preds = %u3.unboxed_floats
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof75 = sitofp i64 %vi70 to double
  %view_f76 = select i1 %rint, double %itof75, double %vf69
  %fcmp = fcmp olt double %view_f, %view_f76
  br label %u3.cond_done

u3.boxed_paths_unused:                            ; No predecessors!
  %f79 = getelementptr i8, ptr %v19, i64 8
  %p80 = load ptr, ptr %f79, align 8
  %f81 = getelementptr i8, ptr %p78, i64 8
  %p82 = load ptr, ptr %f81, align 8
  %a83 = ptrtoint ptr %p80 to i64
  %eq84 = icmp eq i64 %a83, ptrtoint (ptr @PyLong_Type to i64)
  %a85 = ptrtoint ptr %p82 to i64
  %eq86 = icmp eq i64 %a85, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq84, %eq86
  br i1 %both, label %u3.int_test, label %u3.float_check

u3.int_test:                                      ; preds = %u3.boxed_paths_unused
  %f87 = getelementptr i8, ptr %v19, i64 16
  %size88 = load i64, ptr %f87, align 4
  %size289 = add i64 %size88, 2
  %compact90 = icmp ule i64 %size289, 4
  %f91 = getelementptr i8, ptr %v19, i64 24
  %digit092 = load i32, ptr %f91, align 4
  %digit093 = zext i32 %digit092 to i64
  %f94 = getelementptr i8, ptr %v19, i64 28
  %digit195 = load i32, ptr %f94, align 4
  %digit196 = zext i32 %digit195 to i64
  %negative97 = icmp slt i64 %size88, 0
  %neg_size98 = sub i64 0, %size88
  %ndigits99 = select i1 %negative97, i64 %neg_size98, i64 %size88
  %two100 = icmp eq i64 %ndigits99, 2
  %hi101 = shl i64 %digit196, 30
  %hi2102 = select i1 %two100, i64 %hi101, i64 0
  %mag103 = add i64 %digit093, %hi2102
  %zero104 = icmp eq i64 %size88, 0
  %mag0105 = select i1 %zero104, i64 0, i64 %mag103
  %neg_mag106 = sub i64 0, %mag0105
  %ival107 = select i1 %negative97, i64 %neg_mag106, i64 %mag0105
  %f108 = getelementptr i8, ptr %p78, i64 16
  %size109 = load i64, ptr %f108, align 4
  %size2110 = add i64 %size109, 2
  %compact111 = icmp ule i64 %size2110, 4
  %f112 = getelementptr i8, ptr %p78, i64 24
  %digit0113 = load i32, ptr %f112, align 4
  %digit0114 = zext i32 %digit0113 to i64
  %f115 = getelementptr i8, ptr %p78, i64 28
  %digit1116 = load i32, ptr %f115, align 4
  %digit1117 = zext i32 %digit1116 to i64
  %negative118 = icmp slt i64 %size109, 0
  %neg_size119 = sub i64 0, %size109
  %ndigits120 = select i1 %negative118, i64 %neg_size119, i64 %size109
  %two121 = icmp eq i64 %ndigits120, 2
  %hi122 = shl i64 %digit1117, 30
  %hi2123 = select i1 %two121, i64 %hi122, i64 0
  %mag124 = add i64 %digit0114, %hi2123
  %zero125 = icmp eq i64 %size109, 0
  %mag0126 = select i1 %zero125, i64 0, i64 %mag124
  %neg_mag127 = sub i64 0, %mag0126
  %ival128 = select i1 %negative118, i64 %neg_mag127, i64 %mag0126
  %compact129 = and i1 %compact90, %compact111
  br i1 %compact129, label %u3.int_fast, label %u3.num_slow, !prof !1

u3.float_check:                                   ; preds = %u3.boxed_paths_unused
  %f131 = getelementptr i8, ptr %v19, i64 8
  %p132 = load ptr, ptr %f131, align 8
  %f133 = getelementptr i8, ptr %p78, i64 8
  %p134 = load ptr, ptr %f133, align 8
  %a135 = ptrtoint ptr %p132 to i64
  %eq136 = icmp eq i64 %a135, ptrtoint (ptr @PyFloat_Type to i64)
  %a137 = ptrtoint ptr %p134 to i64
  %eq138 = icmp eq i64 %a137, ptrtoint (ptr @PyFloat_Type to i64)
  %both139 = and i1 %eq136, %eq138
  br i1 %both139, label %u3.float_fast, label %u3.mixed_check, !prof !1

u3.int_fast:                                      ; preds = %u3.int_test
  %icmp130 = icmp slt i64 %ival107, %ival128
  br label %u3.cond_done

u3.float_fast:                                    ; preds = %u3.float_check
  %f140 = getelementptr i8, ptr %v19, i64 16
  %fval141 = load double, ptr %f140, align 8
  %f142 = getelementptr i8, ptr %p78, i64 16
  %fval143 = load double, ptr %f142, align 8
  %fcmp144 = fcmp olt double %fval141, %fval143
  br label %u3.cond_done

u3.mixed_check:                                   ; preds = %u3.float_check
  %f145 = getelementptr i8, ptr %v19, i64 8
  %p146 = load ptr, ptr %f145, align 8
  %a147 = ptrtoint ptr %p146 to i64
  %eq148 = icmp eq i64 %a147, ptrtoint (ptr @PyFloat_Type to i64)
  %a149 = ptrtoint ptr %p146 to i64
  %eq150 = icmp eq i64 %a149, ptrtoint (ptr @PyLong_Type to i64)
  %f151 = getelementptr i8, ptr %p78, i64 8
  %p152 = load ptr, ptr %f151, align 8
  %a153 = ptrtoint ptr %p152 to i64
  %eq154 = icmp eq i64 %a153, ptrtoint (ptr @PyFloat_Type to i64)
  %a155 = ptrtoint ptr %p152 to i64
  %eq156 = icmp eq i64 %a155, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq148, %eq156
  %int_first = and i1 %eq150, %eq154
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u3.mixed, label %u3.num_slow, !prof !1

u3.mixed:                                         ; preds = %u3.mixed_check
  %int_operand = select i1 %float_first, ptr %p78, ptr %v19
  %float_operand = select i1 %float_first, ptr %v19, ptr %p78
  %f157 = getelementptr i8, ptr %int_operand, i64 16
  %size158 = load i64, ptr %f157, align 4
  %size2159 = add i64 %size158, 2
  %compact160 = icmp ule i64 %size2159, 4
  %f161 = getelementptr i8, ptr %int_operand, i64 24
  %digit0162 = load i32, ptr %f161, align 4
  %digit0163 = zext i32 %digit0162 to i64
  %f164 = getelementptr i8, ptr %int_operand, i64 28
  %digit1165 = load i32, ptr %f164, align 4
  %digit1166 = zext i32 %digit1165 to i64
  %negative167 = icmp slt i64 %size158, 0
  %neg_size168 = sub i64 0, %size158
  %ndigits169 = select i1 %negative167, i64 %neg_size168, i64 %size158
  %two170 = icmp eq i64 %ndigits169, 2
  %hi171 = shl i64 %digit1166, 30
  %hi2172 = select i1 %two170, i64 %hi171, i64 0
  %mag173 = add i64 %digit0163, %hi2172
  %zero174 = icmp eq i64 %size158, 0
  %mag0175 = select i1 %zero174, i64 0, i64 %mag173
  %neg_mag176 = sub i64 0, %mag0175
  %ival177 = select i1 %negative167, i64 %neg_mag176, i64 %mag0175
  br i1 %compact160, label %u3.mixed_fast, label %u3.num_slow, !prof !1

u3.mixed_fast:                                    ; preds = %u3.mixed
  %biased178 = add i64 %ival177, 9007199254740992
  %exact_int179 = icmp ule i64 %biased178, 18014398509481984
  br i1 %exact_int179, label %u3.mixed_exact, label %u3.num_slow, !prof !1

u3.mixed_exact:                                   ; preds = %u3.mixed_fast
  %itof180 = sitofp i64 %ival177 to double
  %f181 = getelementptr i8, ptr %float_operand, i64 16
  %fval182 = load double, ptr %f181, align 8
  %x = select i1 %float_first, double %fval182, double %itof180
  %y = select i1 %float_first, double %itof180, double %fval182
  %fcmp183 = fcmp olt double %x, %y
  br label %u3.cond_done

u3.decide:                                        ; preds = %u3.truth, %u3.cont
  %jump_cond = phi i1 [ %cmp, %u3.cont ], [ %t, %u3.truth ]
  br i1 %jump_cond, label %i7, label %i12

u3.xdec:                                          ; preds = %u3.cond_done
  %rc186 = load i64, ptr %v185, align 4
  %rc1187 = sub i64 %rc186, 1
  store i64 %rc1187, ptr %v185, align 4
  %dead = icmp eq i64 %rc1187, 0
  br i1 %dead, label %u3.dealloc, label %u3.cont188, !prof !0

u3.cont:                                          ; preds = %u3.cont188, %u3.cond_done
  br label %u3.decide

u3.dealloc:                                       ; preds = %u3.xdec
  call void @_Py_Dealloc(ptr %v185)
  br label %u3.cont188

u3.cont188:                                       ; preds = %u3.dealloc, %u3.xdec
  br label %u3.cont

u3.xdec191:                                       ; preds = %u3.num_done
  %rc193 = load i64, ptr %v189, align 4
  %rc1194 = sub i64 %rc193, 1
  store i64 %rc1194, ptr %v189, align 4
  %dead195 = icmp eq i64 %rc1194, 0
  br i1 %dead195, label %u3.dealloc196, label %u3.cont197, !prof !0

u3.cont192:                                       ; preds = %u3.cont197, %u3.num_done
  %isnull199 = icmp eq ptr %res, null
  br i1 %isnull199, label %u3.error, label %u3.ok, !prof !0

u3.dealloc196:                                    ; preds = %u3.xdec191
  call void @_Py_Dealloc(ptr %v189)
  br label %u3.cont197

u3.cont197:                                       ; preds = %u3.dealloc196, %u3.xdec191
  br label %u3.cont192

u3.error:                                         ; preds = %u3.cont192
  %c198 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c198

u3.ok:                                            ; preds = %u3.cont192
  %a200 = ptrtoint ptr %res to i64
  %eq201 = icmp eq i64 %a200, ptrtoint (ptr @_Py_TrueStruct to i64)
  br i1 %eq201, label %u3.fast_bool, label %u3.chk_false

u3.chk_false:                                     ; preds = %u3.ok
  %a202 = ptrtoint ptr %res to i64
  %eq203 = icmp eq i64 %a202, ptrtoint (ptr @_Py_FalseStruct to i64)
  br i1 %eq203, label %u3.fast_bool, label %u3.is_true

u3.fast_bool:                                     ; preds = %u3.chk_false, %u3.ok
  %rc204 = load i64, ptr %res, align 4
  %rc1205 = sub i64 %rc204, 1
  store i64 %rc1205, ptr %res, align 4
  br label %u3.truth

u3.is_true:                                       ; preds = %u3.chk_false
  %f206 = getelementptr i8, ptr %f2, i64 12
  %f207 = getelementptr i8, ptr %1, i64 56
  store ptr %f206, ptr %f207, align 8
  %f208 = getelementptr i8, ptr %res, i64 8
  %p209 = load ptr, ptr %f208, align 8
  %a210 = ptrtoint ptr %p209 to i64
  %eq211 = icmp eq i64 %a210, ptrtoint (ptr @PyLong_Type to i64)
  %a212 = ptrtoint ptr %p209 to i64
  %eq213 = icmp eq i64 %a212, ptrtoint (ptr @PyList_Type to i64)
  %sized = or i1 %eq211, %eq213
  %a214 = ptrtoint ptr %p209 to i64
  %eq215 = icmp eq i64 %a214, ptrtoint (ptr @PyTuple_Type to i64)
  %sized216 = or i1 %sized, %eq215
  br i1 %sized216, label %u3.truth_by_size, label %u3.truth_call

u3.truth:                                         ; preds = %u3.ok231, %u3.cont222, %u3.fast_bool
  %t = phi i1 [ %eq201, %u3.fast_bool ], [ %size_nz, %u3.cont222 ], [ %truthy, %u3.ok231 ]
  br label %u3.decide

u3.truth_by_size:                                 ; preds = %u3.is_true
  %f217 = getelementptr i8, ptr %res, i64 16
  %i = load i64, ptr %f217, align 4
  %size_nz = icmp ne i64 %i, 0
  %rc218 = load i64, ptr %res, align 4
  %rc1219 = sub i64 %rc218, 1
  store i64 %rc1219, ptr %res, align 4
  %dead220 = icmp eq i64 %rc1219, 0
  br i1 %dead220, label %u3.dealloc221, label %u3.cont222, !prof !0

u3.truth_call:                                    ; preds = %u3.is_true
  %c223 = call i32 @PyObject_IsTrue(ptr %res)
  %rc224 = load i64, ptr %res, align 4
  %rc1225 = sub i64 %rc224, 1
  store i64 %rc1225, ptr %res, align 4
  %dead226 = icmp eq i64 %rc1225, 0
  br i1 %dead226, label %u3.dealloc227, label %u3.cont228, !prof !0

u3.dealloc221:                                    ; preds = %u3.truth_by_size
  call void @_Py_Dealloc(ptr %res)
  br label %u3.cont222

u3.cont222:                                       ; preds = %u3.dealloc221, %u3.truth_by_size
  br label %u3.truth

u3.dealloc227:                                    ; preds = %u3.truth_call
  call void @_Py_Dealloc(ptr %res)
  br label %u3.cont228

u3.cont228:                                       ; preds = %u3.dealloc227, %u3.truth_call
  %neg = icmp slt i32 %c223, 0
  br i1 %neg, label %u3.error229, label %u3.ok231, !prof !0

u3.error229:                                      ; preds = %u3.cont228
  %c230 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c230

u3.ok231:                                         ; preds = %u3.cont228
  %truthy = icmp ne i32 %c223, 0
  br label %u3.truth

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done501, %u9.fbox_done450, %u9.ibox_done397, %u9.fbox_done, %u9.ibox_done
  %res521 = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box435, %u9.ibox_done397 ], [ %fbox456, %u9.fbox_done450 ], [ %fbox514, %u9.fbox_done501 ], [ %number, %u9.operator_done ]
  %v522 = load ptr, ptr %s1, align 8
  %isnull523 = icmp eq ptr %v522, null
  br i1 %isnull523, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.mixed, %u9.mixed_check, %u9.int_test, %u9.box_operands
  %f515 = getelementptr i8, ptr %v238, i64 8
  %p516 = load ptr, ptr %f515, align 8
  %f517 = getelementptr i8, ptr %p516, i64 168
  %i518 = load i64, ptr %f517, align 4
  %heap = and i64 %i518, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.mixed_fast
  %fres = phi double [ %fsub500, %u9.mixed_fast ]
  %rc502 = load i64, ptr %p341, align 4
  %only503 = icmp eq i64 %rc502, 1
  %f504 = getelementptr i8, ptr %p341, i64 8
  %p505 = load ptr, ptr %f504, align 8
  %a506 = ptrtoint ptr %p505 to i64
  %eq507 = icmp eq i64 %a506, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only503, %eq507
  br i1 %only_float, label %u9.fbox_operand508, label %u9.fbox_next509

u9.box_operands:                                  ; preds = %u9.view_is_int289, %u9.view_long284, %u9.view_int, %u9.view_is_int, %u9.view_long
  %f340 = getelementptr i8, ptr %2, i64 16
  %p341 = load ptr, ptr %f340, align 8
  %rc342 = load i64, ptr %p341, align 4
  %rc1343 = add i64 %rc342, 1
  store i64 %rc1343, ptr %p341, align 4
  store ptr %p341, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.view_compact, %u9.view_float
  %vkind270 = phi i8 [ 1, %u9.view_float ], [ 2, %u9.view_compact ]
  %vf271 = phi double [ %fval246, %u9.view_float ], [ 0.000000e+00, %u9.view_compact ]
  %vi272 = phi i64 [ 0, %u9.view_float ], [ %ival269, %u9.view_compact ]
  %is_float274 = icmp eq i8 %ukind235, 1
  br i1 %is_float274, label %u9.view273, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f245 = getelementptr i8, ptr %v238, i64 16
  %fval246 = load double, ptr %f245, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a247 = ptrtoint ptr %p242 to i64
  %eq248 = icmp eq i64 %a247, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq248, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f249 = getelementptr i8, ptr %v238, i64 16
  %size250 = load i64, ptr %f249, align 4
  %size2251 = add i64 %size250, 2
  %compact252 = icmp ule i64 %size2251, 4
  %f253 = getelementptr i8, ptr %v238, i64 24
  %digit0254 = load i32, ptr %f253, align 4
  %digit0255 = zext i32 %digit0254 to i64
  %f256 = getelementptr i8, ptr %v238, i64 28
  %digit1257 = load i32, ptr %f256, align 4
  %digit1258 = zext i32 %digit1257 to i64
  %negative259 = icmp slt i64 %size250, 0
  %neg_size260 = sub i64 0, %size250
  %ndigits261 = select i1 %negative259, i64 %neg_size260, i64 %size250
  %two262 = icmp eq i64 %ndigits261, 2
  %hi263 = shl i64 %digit1258, 30
  %hi2264 = select i1 %two262, i64 %hi263, i64 0
  %mag265 = add i64 %digit0255, %hi2264
  %zero266 = icmp eq i64 %size250, 0
  %mag0267 = select i1 %zero266, i64 0, i64 %mag265
  %neg_mag268 = sub i64 0, %mag0267
  %ival269 = select i1 %negative259, i64 %neg_mag268, i64 %mag0267
  br i1 %compact252, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_compact:                                  ; preds = %u9.view_is_int
  br label %u9.view

u9.view273:                                       ; preds = %u9.view_compact311, %u9.view_float283, %u9.view_compact278, %u9.view
  %vkind312 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact278 ], [ 1, %u9.view_float283 ], [ 2, %u9.view_compact311 ]
  %vf313 = phi double [ %uf236, %u9.view ], [ 0.000000e+00, %u9.view_compact278 ], [ %fval286, %u9.view_float283 ], [ 0.000000e+00, %u9.view_compact311 ]
  %vi314 = phi i64 [ 0, %u9.view ], [ %ui237, %u9.view_compact278 ], [ 0, %u9.view_float283 ], [ %ival310, %u9.view_compact311 ]
  %lint315 = icmp eq i8 %vkind270, 2
  %rint316 = icmp eq i8 %vkind312, 2
  %both_int317 = and i1 %lint315, %rint316
  br i1 %both_int317, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int275 = icmp eq i8 %ukind235, 2
  br i1 %is_int275, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias276 = add i64 %ui237, 1152921504606846976
  %compact277 = icmp ult i64 %bias276, 2305843009213693952
  br i1 %compact277, label %u9.view_compact278, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f279 = getelementptr i8, ptr %v234, i64 8
  %p280 = load ptr, ptr %f279, align 8
  %a281 = ptrtoint ptr %p280 to i64
  %eq282 = icmp eq i64 %a281, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq282, label %u9.view_float283, label %u9.view_long284

u9.view_compact278:                               ; preds = %u9.view_int
  br label %u9.view273

u9.view_float283:                                 ; preds = %u9.view_object
  %f285 = getelementptr i8, ptr %v234, i64 16
  %fval286 = load double, ptr %f285, align 8
  br label %u9.view273

u9.view_long284:                                  ; preds = %u9.view_object
  %a287 = ptrtoint ptr %p280 to i64
  %eq288 = icmp eq i64 %a287, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq288, label %u9.view_is_int289, label %u9.box_operands, !prof !1

u9.view_is_int289:                                ; preds = %u9.view_long284
  %f290 = getelementptr i8, ptr %v234, i64 16
  %size291 = load i64, ptr %f290, align 4
  %size2292 = add i64 %size291, 2
  %compact293 = icmp ule i64 %size2292, 4
  %f294 = getelementptr i8, ptr %v234, i64 24
  %digit0295 = load i32, ptr %f294, align 4
  %digit0296 = zext i32 %digit0295 to i64
  %f297 = getelementptr i8, ptr %v234, i64 28
  %digit1298 = load i32, ptr %f297, align 4
  %digit1299 = zext i32 %digit1298 to i64
  %negative300 = icmp slt i64 %size291, 0
  %neg_size301 = sub i64 0, %size291
  %ndigits302 = select i1 %negative300, i64 %neg_size301, i64 %size291
  %two303 = icmp eq i64 %ndigits302, 2
  %hi304 = shl i64 %digit1299, 30
  %hi2305 = select i1 %two303, i64 %hi304, i64 0
  %mag306 = add i64 %digit0296, %hi2305
  %zero307 = icmp eq i64 %size291, 0
  %mag0308 = select i1 %zero307, i64 0, i64 %mag306
  %neg_mag309 = sub i64 0, %mag0308
  %ival310 = select i1 %negative300, i64 %neg_mag309, i64 %mag0308
  br i1 %compact293, label %u9.view_compact311, label %u9.box_operands, !prof !1

u9.view_compact311:                               ; preds = %u9.view_is_int289
  br label %u9.view273

u9.unboxed_ints:                                  ; preds = %u9.view273
  %isub = sub nsw i64 %vi272, %vi314
  %biased318 = sub i64 %isub, -5
  %is_small = icmp ult i64 %biased318, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view273
  %itof335 = sitofp i64 %vi272 to double
  %view_f336 = select i1 %lint315, double %itof335, double %vf271
  %itof337 = sitofp i64 %vi314 to double
  %view_f338 = select i1 %rint316, double %itof337, double %vf313
  %fsub = fsub double %view_f336, %view_f338
  %c339 = call ptr @PyFloat_FromDouble(double %fsub)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c323, %u9.ibox_init ], [ %c334, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p319 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p319, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %isub, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i322 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i322, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c323 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c323, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c334 = call ptr @PyLong_FromLongLong(i64 %isub)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased318, 32
  %fd = getelementptr i8, ptr %p319, i64 %off
  %rc320 = load i64, ptr %fd, align 4
  %rc1321 = add i64 %rc320, 1
  store i64 %rc1321, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg324 = icmp slt i64 %isub, 0
  %minus = sub i64 0, %isub
  %mag325 = select i1 %neg324, i64 %minus, i64 %isub
  %two326 = icmp ugt i64 %mag325, 1073741823
  %ndigits327 = select i1 %two326, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits327
  %size328 = select i1 %neg324, i64 %minus_n, i64 %ndigits327
  %d0 = and i64 %mag325, 1073741823
  %d1 = lshr i64 %mag325, 30
  store i64 1, ptr %c323, align 4
  %f329 = getelementptr i8, ptr %c323, i64 8
  store ptr @PyLong_Type, ptr %f329, align 8
  %f330 = getelementptr i8, ptr %c323, i64 16
  store i64 %size328, ptr %f330, align 4
  %digit = trunc i64 %d0 to i32
  %f331 = getelementptr i8, ptr %c323, i64 24
  store i32 %digit, ptr %f331, align 4
  %digit332 = trunc i64 %d1 to i32
  %f333 = getelementptr i8, ptr %c323, i64 28
  store i32 %digit332, ptr %f333, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c339, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f344 = getelementptr i8, ptr %v238, i64 8
  %p345 = load ptr, ptr %f344, align 8
  %f346 = getelementptr i8, ptr %p341, i64 8
  %p347 = load ptr, ptr %f346, align 8
  %a348 = ptrtoint ptr %p345 to i64
  %eq349 = icmp eq i64 %a348, ptrtoint (ptr @PyLong_Type to i64)
  %a350 = ptrtoint ptr %p347 to i64
  %eq351 = icmp eq i64 %a350, ptrtoint (ptr @PyLong_Type to i64)
  %both352 = and i1 %eq349, %eq351
  br i1 %both352, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f353 = getelementptr i8, ptr %v238, i64 16
  %size354 = load i64, ptr %f353, align 4
  %size2355 = add i64 %size354, 2
  %compact356 = icmp ule i64 %size2355, 4
  %f357 = getelementptr i8, ptr %v238, i64 24
  %digit0358 = load i32, ptr %f357, align 4
  %digit0359 = zext i32 %digit0358 to i64
  %f360 = getelementptr i8, ptr %v238, i64 28
  %digit1361 = load i32, ptr %f360, align 4
  %digit1362 = zext i32 %digit1361 to i64
  %negative363 = icmp slt i64 %size354, 0
  %neg_size364 = sub i64 0, %size354
  %ndigits365 = select i1 %negative363, i64 %neg_size364, i64 %size354
  %two366 = icmp eq i64 %ndigits365, 2
  %hi367 = shl i64 %digit1362, 30
  %hi2368 = select i1 %two366, i64 %hi367, i64 0
  %mag369 = add i64 %digit0359, %hi2368
  %zero370 = icmp eq i64 %size354, 0
  %mag0371 = select i1 %zero370, i64 0, i64 %mag369
  %neg_mag372 = sub i64 0, %mag0371
  %ival373 = select i1 %negative363, i64 %neg_mag372, i64 %mag0371
  %f374 = getelementptr i8, ptr %p341, i64 16
  %size375 = load i64, ptr %f374, align 4
  %size2376 = add i64 %size375, 2
  %compact377 = icmp ule i64 %size2376, 4
  %f378 = getelementptr i8, ptr %p341, i64 24
  %digit0379 = load i32, ptr %f378, align 4
  %digit0380 = zext i32 %digit0379 to i64
  %f381 = getelementptr i8, ptr %p341, i64 28
  %digit1382 = load i32, ptr %f381, align 4
  %digit1383 = zext i32 %digit1382 to i64
  %negative384 = icmp slt i64 %size375, 0
  %neg_size385 = sub i64 0, %size375
  %ndigits386 = select i1 %negative384, i64 %neg_size385, i64 %size375
  %two387 = icmp eq i64 %ndigits386, 2
  %hi388 = shl i64 %digit1383, 30
  %hi2389 = select i1 %two387, i64 %hi388, i64 0
  %mag390 = add i64 %digit0380, %hi2389
  %zero391 = icmp eq i64 %size375, 0
  %mag0392 = select i1 %zero391, i64 0, i64 %mag390
  %neg_mag393 = sub i64 0, %mag0392
  %ival394 = select i1 %negative384, i64 %neg_mag393, i64 %mag0392
  %compact395 = and i1 %compact356, %compact377
  br i1 %compact395, label %u9.int_fast, label %u9.num_slow, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f436 = getelementptr i8, ptr %v238, i64 8
  %p437 = load ptr, ptr %f436, align 8
  %f438 = getelementptr i8, ptr %p341, i64 8
  %p439 = load ptr, ptr %f438, align 8
  %a440 = ptrtoint ptr %p437 to i64
  %eq441 = icmp eq i64 %a440, ptrtoint (ptr @PyFloat_Type to i64)
  %a442 = ptrtoint ptr %p439 to i64
  %eq443 = icmp eq i64 %a442, ptrtoint (ptr @PyFloat_Type to i64)
  %both444 = and i1 %eq441, %eq443
  br i1 %both444, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_fast:                                      ; preds = %u9.int_test
  %isub396 = sub nsw i64 %ival373, %ival394
  %biased402 = sub i64 %isub396, -5
  %is_small403 = icmp ult i64 %biased402, 262
  br i1 %is_small403, label %u9.ibox_small398, label %u9.ibox_not_small399

u9.ibox_done397:                                  ; preds = %u9.ibox_call401, %u9.ibox_init418, %u9.ibox_table406
  %int_box435 = phi ptr [ %fd408, %u9.ibox_table406 ], [ %c416, %u9.ibox_init418 ], [ %c434, %u9.ibox_call401 ]
  br label %u9.num_done

u9.ibox_small398:                                 ; preds = %u9.int_fast
  %p404 = load ptr, ptr @rjit_small_ints, align 8
  %have_table405 = icmp ne ptr %p404, null
  br i1 %have_table405, label %u9.ibox_table406, label %u9.ibox_call401, !prof !1

u9.ibox_not_small399:                             ; preds = %u9.int_fast
  %shifted411 = add i64 %isub396, 1152921504606846975
  %fits412 = icmp ult i64 %shifted411, 2305843009213693951
  %i413 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced414 = icmp eq i32 %i413, 0
  %inline415 = and i1 %fits412, %untraced414
  br i1 %inline415, label %u9.ibox_alloc400, label %u9.ibox_call401, !prof !1

u9.ibox_alloc400:                                 ; preds = %u9.ibox_not_small399
  %c416 = call ptr @PyObject_Malloc(i64 32)
  %allocated417 = icmp ne ptr %c416, null
  br i1 %allocated417, label %u9.ibox_init418, label %u9.ibox_call401, !prof !1

u9.ibox_call401:                                  ; preds = %u9.ibox_alloc400, %u9.ibox_not_small399, %u9.ibox_small398
  %c434 = call ptr @PyLong_FromLongLong(i64 %isub396)
  br label %u9.ibox_done397

u9.ibox_table406:                                 ; preds = %u9.ibox_small398
  %off407 = mul i64 %biased402, 32
  %fd408 = getelementptr i8, ptr %p404, i64 %off407
  %rc409 = load i64, ptr %fd408, align 4
  %rc1410 = add i64 %rc409, 1
  store i64 %rc1410, ptr %fd408, align 4
  br label %u9.ibox_done397

u9.ibox_init418:                                  ; preds = %u9.ibox_alloc400
  %neg419 = icmp slt i64 %isub396, 0
  %minus420 = sub i64 0, %isub396
  %mag421 = select i1 %neg419, i64 %minus420, i64 %isub396
  %two422 = icmp ugt i64 %mag421, 1073741823
  %ndigits423 = select i1 %two422, i64 2, i64 1
  %minus_n424 = sub i64 0, %ndigits423
  %size425 = select i1 %neg419, i64 %minus_n424, i64 %ndigits423
  %d0426 = and i64 %mag421, 1073741823
  %d1427 = lshr i64 %mag421, 30
  store i64 1, ptr %c416, align 4
  %f428 = getelementptr i8, ptr %c416, i64 8
  store ptr @PyLong_Type, ptr %f428, align 8
  %f429 = getelementptr i8, ptr %c416, i64 16
  store i64 %size425, ptr %f429, align 4
  %digit430 = trunc i64 %d0426 to i32
  %f431 = getelementptr i8, ptr %c416, i64 24
  store i32 %digit430, ptr %f431, align 4
  %digit432 = trunc i64 %d1427 to i32
  %f433 = getelementptr i8, ptr %c416, i64 28
  store i32 %digit432, ptr %f433, align 4
  br label %u9.ibox_done397

u9.float_fast:                                    ; preds = %u9.float_check
  %f445 = getelementptr i8, ptr %v238, i64 16
  %fval446 = load double, ptr %f445, align 8
  %f447 = getelementptr i8, ptr %p341, i64 16
  %fval448 = load double, ptr %f447, align 8
  %fsub449 = fsub double %fval446, %fval448
  %rc451 = load i64, ptr %p341, align 4
  %only = icmp eq i64 %rc451, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f457 = getelementptr i8, ptr %v238, i64 8
  %p458 = load ptr, ptr %f457, align 8
  %a459 = ptrtoint ptr %p458 to i64
  %eq460 = icmp eq i64 %a459, ptrtoint (ptr @PyFloat_Type to i64)
  %a461 = ptrtoint ptr %p458 to i64
  %eq462 = icmp eq i64 %a461, ptrtoint (ptr @PyLong_Type to i64)
  %f463 = getelementptr i8, ptr %p341, i64 8
  %p464 = load ptr, ptr %f463, align 8
  %a465 = ptrtoint ptr %p464 to i64
  %eq466 = icmp eq i64 %a465, ptrtoint (ptr @PyFloat_Type to i64)
  %a467 = ptrtoint ptr %p464 to i64
  %eq468 = icmp eq i64 %a467, ptrtoint (ptr @PyLong_Type to i64)
  %float_first469 = and i1 %eq460, %eq468
  %int_first470 = and i1 %eq462, %eq466
  %mixed471 = or i1 %float_first469, %int_first470
  br i1 %mixed471, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done450:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox456 = phi ptr [ %p341, %u9.fbox_operand ], [ %c455, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f452 = getelementptr i8, ptr %p341, i64 16
  store double %fsub449, ptr %f452, align 8
  %rc453 = load i64, ptr %p341, align 4
  %rc1454 = add i64 %rc453, 1
  store i64 %rc1454, ptr %p341, align 4
  br label %u9.fbox_done450

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c455 = call ptr @PyFloat_FromDouble(double %fsub449)
  br label %u9.fbox_done450

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand472 = select i1 %float_first469, ptr %p341, ptr %v238
  %float_operand473 = select i1 %float_first469, ptr %v238, ptr %p341
  %f474 = getelementptr i8, ptr %int_operand472, i64 16
  %size475 = load i64, ptr %f474, align 4
  %size2476 = add i64 %size475, 2
  %compact477 = icmp ule i64 %size2476, 4
  %f478 = getelementptr i8, ptr %int_operand472, i64 24
  %digit0479 = load i32, ptr %f478, align 4
  %digit0480 = zext i32 %digit0479 to i64
  %f481 = getelementptr i8, ptr %int_operand472, i64 28
  %digit1482 = load i32, ptr %f481, align 4
  %digit1483 = zext i32 %digit1482 to i64
  %negative484 = icmp slt i64 %size475, 0
  %neg_size485 = sub i64 0, %size475
  %ndigits486 = select i1 %negative484, i64 %neg_size485, i64 %size475
  %two487 = icmp eq i64 %ndigits486, 2
  %hi488 = shl i64 %digit1483, 30
  %hi2489 = select i1 %two487, i64 %hi488, i64 0
  %mag490 = add i64 %digit0480, %hi2489
  %zero491 = icmp eq i64 %size475, 0
  %mag0492 = select i1 %zero491, i64 0, i64 %mag490
  %neg_mag493 = sub i64 0, %mag0492
  %ival494 = select i1 %negative484, i64 %neg_mag493, i64 %mag0492
  br i1 %compact477, label %u9.mixed_fast, label %u9.num_slow, !prof !1

u9.mixed_fast:                                    ; preds = %u9.mixed
  %itof495 = sitofp i64 %ival494 to double
  %f496 = getelementptr i8, ptr %float_operand473, i64 16
  %fval497 = load double, ptr %f496, align 8
  %x498 = select i1 %float_first469, double %fval497, double %itof495
  %y499 = select i1 %float_first469, double %itof495, double %fval497
  %fsub500 = fsub double %x498, %y499
  br label %u9.float_result

u9.fbox_done501:                                  ; preds = %u9.fbox_next509, %u9.fbox_operand508
  %fbox514 = phi ptr [ %p341, %u9.fbox_operand508 ], [ %c513, %u9.fbox_next509 ]
  br label %u9.num_done

u9.fbox_operand508:                               ; preds = %u9.float_result
  %f510 = getelementptr i8, ptr %p341, i64 16
  store double %fres, ptr %f510, align 8
  %rc511 = load i64, ptr %p341, align 4
  %rc1512 = add i64 %rc511, 1
  store i64 %rc1512, ptr %p341, align 4
  br label %u9.fbox_done501

u9.fbox_next509:                                  ; preds = %u9.float_result
  %c513 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done501

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c519 = call ptr @rjit_binary_dunder(ptr %0, ptr %v238, ptr %p341, i32 10)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c520 = call ptr @PyNumber_Subtract(ptr %v238, ptr %p341)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c519, %u9.operator_dunder ], [ %c520, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc524 = load i64, ptr %v522, align 4
  %rc1525 = sub i64 %rc524, 1
  store i64 %rc1525, ptr %v522, align 4
  %dead526 = icmp eq i64 %rc1525, 0
  br i1 %dead526, label %u9.dealloc, label %u9.cont527, !prof !0

u9.cont:                                          ; preds = %u9.cont527, %u9.num_done
  %isnull529 = icmp eq ptr %res521, null
  br i1 %isnull529, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v522)
  br label %u9.cont527

u9.cont527:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c528 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c528

u9.ok:                                            ; preds = %u9.cont
  store ptr %res521, ptr %s0, align 8
  br label %i11

u14.num_done:                                     ; preds = %u14.operator_done, %u14.fbox_done826, %u14.fbox_done773, %u14.ibox_done720, %u14.fbox_done, %u14.ibox_done
  %res850 = phi ptr [ %int_box650, %u14.ibox_done ], [ %fbox656, %u14.fbox_done ], [ %int_box758, %u14.ibox_done720 ], [ %fbox780, %u14.fbox_done773 ], [ %fbox840, %u14.fbox_done826 ], [ %number849, %u14.operator_done ]
  %v851 = load ptr, ptr %s1, align 8
  %isnull852 = icmp eq ptr %v851, null
  br i1 %isnull852, label %u14.cont, label %u14.xdec

u14.num_slow:                                     ; preds = %u14.mixed, %u14.mixed_check, %u14.int_fast, %u14.int_test, %u14.box_operands
  %f841 = getelementptr i8, ptr %v536, i64 8
  %p842 = load ptr, ptr %f841, align 8
  %f843 = getelementptr i8, ptr %p842, i64 168
  %i844 = load i64, ptr %f843, align 4
  %heap845 = and i64 %i844, 512
  %is_heap846 = icmp ne i64 %heap845, 0
  br i1 %is_heap846, label %u14.operator_dunder, label %u14.operator_c

u14.float_result:                                 ; preds = %u14.mixed_fast
  %fres825 = phi double [ %fmul824, %u14.mixed_fast ]
  %rc827 = load i64, ptr %p658, align 4
  %only828 = icmp eq i64 %rc827, 1
  %f829 = getelementptr i8, ptr %p658, i64 8
  %p830 = load ptr, ptr %f829, align 8
  %a831 = ptrtoint ptr %p830 to i64
  %eq832 = icmp eq i64 %a831, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float833 = and i1 %only828, %eq832
  br i1 %only_float833, label %u14.fbox_operand834, label %u14.fbox_next835

u14.box_operands:                                 ; preds = %u14.unboxed_ints, %u14.view_is_int587, %u14.view_long582, %u14.view_int, %u14.view_is_int, %u14.view_long
  %f657 = getelementptr i8, ptr %2, i64 24
  %p658 = load ptr, ptr %f657, align 8
  %rc659 = load i64, ptr %p658, align 4
  %rc1660 = add i64 %rc659, 1
  store i64 %rc1660, ptr %p658, align 4
  store ptr %p658, ptr %s1, align 8
  br label %u14.num_slow

u14.view:                                         ; preds = %u14.view_compact, %u14.view_float
  %vkind568 = phi i8 [ 1, %u14.view_float ], [ 2, %u14.view_compact ]
  %vf569 = phi double [ %fval544, %u14.view_float ], [ 0.000000e+00, %u14.view_compact ]
  %vi570 = phi i64 [ 0, %u14.view_float ], [ %ival567, %u14.view_compact ]
  %is_float572 = icmp eq i8 %ukind533, 1
  br i1 %is_float572, label %u14.view571, label %u14.view_not_float, !prof !1

u14.view_float:                                   ; preds = %i14
  %f543 = getelementptr i8, ptr %v536, i64 16
  %fval544 = load double, ptr %f543, align 8
  br label %u14.view

u14.view_long:                                    ; preds = %i14
  %a545 = ptrtoint ptr %p540 to i64
  %eq546 = icmp eq i64 %a545, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq546, label %u14.view_is_int, label %u14.box_operands, !prof !1

u14.view_is_int:                                  ; preds = %u14.view_long
  %f547 = getelementptr i8, ptr %v536, i64 16
  %size548 = load i64, ptr %f547, align 4
  %size2549 = add i64 %size548, 2
  %compact550 = icmp ule i64 %size2549, 4
  %f551 = getelementptr i8, ptr %v536, i64 24
  %digit0552 = load i32, ptr %f551, align 4
  %digit0553 = zext i32 %digit0552 to i64
  %f554 = getelementptr i8, ptr %v536, i64 28
  %digit1555 = load i32, ptr %f554, align 4
  %digit1556 = zext i32 %digit1555 to i64
  %negative557 = icmp slt i64 %size548, 0
  %neg_size558 = sub i64 0, %size548
  %ndigits559 = select i1 %negative557, i64 %neg_size558, i64 %size548
  %two560 = icmp eq i64 %ndigits559, 2
  %hi561 = shl i64 %digit1556, 30
  %hi2562 = select i1 %two560, i64 %hi561, i64 0
  %mag563 = add i64 %digit0553, %hi2562
  %zero564 = icmp eq i64 %size548, 0
  %mag0565 = select i1 %zero564, i64 0, i64 %mag563
  %neg_mag566 = sub i64 0, %mag0565
  %ival567 = select i1 %negative557, i64 %neg_mag566, i64 %mag0565
  br i1 %compact550, label %u14.view_compact, label %u14.box_operands, !prof !1

u14.view_compact:                                 ; preds = %u14.view_is_int
  br label %u14.view

u14.view571:                                      ; preds = %u14.view_compact609, %u14.view_float581, %u14.view_compact576, %u14.view
  %vkind610 = phi i8 [ 1, %u14.view ], [ 2, %u14.view_compact576 ], [ 1, %u14.view_float581 ], [ 2, %u14.view_compact609 ]
  %vf611 = phi double [ %uf534, %u14.view ], [ 0.000000e+00, %u14.view_compact576 ], [ %fval584, %u14.view_float581 ], [ 0.000000e+00, %u14.view_compact609 ]
  %vi612 = phi i64 [ 0, %u14.view ], [ %ui535, %u14.view_compact576 ], [ 0, %u14.view_float581 ], [ %ival608, %u14.view_compact609 ]
  %lint613 = icmp eq i8 %vkind568, 2
  %rint614 = icmp eq i8 %vkind610, 2
  %both_int615 = and i1 %lint613, %rint614
  br i1 %both_int615, label %u14.unboxed_ints, label %u14.unboxed_floats

u14.view_not_float:                               ; preds = %u14.view
  %is_int573 = icmp eq i8 %ukind533, 2
  br i1 %is_int573, label %u14.view_int, label %u14.view_object

u14.view_int:                                     ; preds = %u14.view_not_float
  %bias574 = add i64 %ui535, 1152921504606846976
  %compact575 = icmp ult i64 %bias574, 2305843009213693952
  br i1 %compact575, label %u14.view_compact576, label %u14.box_operands, !prof !1

u14.view_object:                                  ; preds = %u14.view_not_float
  %f577 = getelementptr i8, ptr %v532, i64 8
  %p578 = load ptr, ptr %f577, align 8
  %a579 = ptrtoint ptr %p578 to i64
  %eq580 = icmp eq i64 %a579, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq580, label %u14.view_float581, label %u14.view_long582

u14.view_compact576:                              ; preds = %u14.view_int
  br label %u14.view571

u14.view_float581:                                ; preds = %u14.view_object
  %f583 = getelementptr i8, ptr %v532, i64 16
  %fval584 = load double, ptr %f583, align 8
  br label %u14.view571

u14.view_long582:                                 ; preds = %u14.view_object
  %a585 = ptrtoint ptr %p578 to i64
  %eq586 = icmp eq i64 %a585, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq586, label %u14.view_is_int587, label %u14.box_operands, !prof !1

u14.view_is_int587:                               ; preds = %u14.view_long582
  %f588 = getelementptr i8, ptr %v532, i64 16
  %size589 = load i64, ptr %f588, align 4
  %size2590 = add i64 %size589, 2
  %compact591 = icmp ule i64 %size2590, 4
  %f592 = getelementptr i8, ptr %v532, i64 24
  %digit0593 = load i32, ptr %f592, align 4
  %digit0594 = zext i32 %digit0593 to i64
  %f595 = getelementptr i8, ptr %v532, i64 28
  %digit1596 = load i32, ptr %f595, align 4
  %digit1597 = zext i32 %digit1596 to i64
  %negative598 = icmp slt i64 %size589, 0
  %neg_size599 = sub i64 0, %size589
  %ndigits600 = select i1 %negative598, i64 %neg_size599, i64 %size589
  %two601 = icmp eq i64 %ndigits600, 2
  %hi602 = shl i64 %digit1597, 30
  %hi2603 = select i1 %two601, i64 %hi602, i64 0
  %mag604 = add i64 %digit0594, %hi2603
  %zero605 = icmp eq i64 %size589, 0
  %mag0606 = select i1 %zero605, i64 0, i64 %mag604
  %neg_mag607 = sub i64 0, %mag0606
  %ival608 = select i1 %negative598, i64 %neg_mag607, i64 %mag0606
  br i1 %compact591, label %u14.view_compact609, label %u14.box_operands, !prof !1

u14.view_compact609:                              ; preds = %u14.view_is_int587
  br label %u14.view571

u14.unboxed_ints:                                 ; preds = %u14.view571
  %bias616 = add i64 %vi570, 2147483648
  %small = icmp ult i64 %bias616, 4294967296
  %bias617 = add i64 %vi612, 2147483648
  %small618 = icmp ult i64 %bias617, 4294967296
  %both_small = and i1 %small, %small618
  br i1 %both_small, label %u14.imul_ok, label %u14.box_operands, !prof !1

u14.unboxed_floats:                               ; preds = %u14.view571
  %itof651 = sitofp i64 %vi570 to double
  %view_f652 = select i1 %lint613, double %itof651, double %vf569
  %itof653 = sitofp i64 %vi612 to double
  %view_f654 = select i1 %rint614, double %itof653, double %vf611
  %fmul = fmul double %view_f652, %view_f654
  %c655 = call ptr @PyFloat_FromDouble(double %fmul)
  br label %u14.fbox_done

u14.imul_ok:                                      ; preds = %u14.unboxed_ints
  %imul = mul nsw i64 %vi570, %vi612
  %biased619 = sub i64 %imul, -5
  %is_small620 = icmp ult i64 %biased619, 262
  br i1 %is_small620, label %u14.ibox_small, label %u14.ibox_not_small

u14.ibox_done:                                    ; preds = %u14.ibox_call, %u14.ibox_init, %u14.ibox_table
  %int_box650 = phi ptr [ %fd624, %u14.ibox_table ], [ %c632, %u14.ibox_init ], [ %c649, %u14.ibox_call ]
  br label %u14.num_done

u14.ibox_small:                                   ; preds = %u14.imul_ok
  %p621 = load ptr, ptr @rjit_small_ints, align 8
  %have_table622 = icmp ne ptr %p621, null
  br i1 %have_table622, label %u14.ibox_table, label %u14.ibox_call, !prof !1

u14.ibox_not_small:                               ; preds = %u14.imul_ok
  %shifted627 = add i64 %imul, 1152921504606846975
  %fits628 = icmp ult i64 %shifted627, 2305843009213693951
  %i629 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced630 = icmp eq i32 %i629, 0
  %inline631 = and i1 %fits628, %untraced630
  br i1 %inline631, label %u14.ibox_alloc, label %u14.ibox_call, !prof !1

u14.ibox_alloc:                                   ; preds = %u14.ibox_not_small
  %c632 = call ptr @PyObject_Malloc(i64 32)
  %allocated633 = icmp ne ptr %c632, null
  br i1 %allocated633, label %u14.ibox_init, label %u14.ibox_call, !prof !1

u14.ibox_call:                                    ; preds = %u14.ibox_alloc, %u14.ibox_not_small, %u14.ibox_small
  %c649 = call ptr @PyLong_FromLongLong(i64 %imul)
  br label %u14.ibox_done

u14.ibox_table:                                   ; preds = %u14.ibox_small
  %off623 = mul i64 %biased619, 32
  %fd624 = getelementptr i8, ptr %p621, i64 %off623
  %rc625 = load i64, ptr %fd624, align 4
  %rc1626 = add i64 %rc625, 1
  store i64 %rc1626, ptr %fd624, align 4
  br label %u14.ibox_done

u14.ibox_init:                                    ; preds = %u14.ibox_alloc
  %neg634 = icmp slt i64 %imul, 0
  %minus635 = sub i64 0, %imul
  %mag636 = select i1 %neg634, i64 %minus635, i64 %imul
  %two637 = icmp ugt i64 %mag636, 1073741823
  %ndigits638 = select i1 %two637, i64 2, i64 1
  %minus_n639 = sub i64 0, %ndigits638
  %size640 = select i1 %neg634, i64 %minus_n639, i64 %ndigits638
  %d0641 = and i64 %mag636, 1073741823
  %d1642 = lshr i64 %mag636, 30
  store i64 1, ptr %c632, align 4
  %f643 = getelementptr i8, ptr %c632, i64 8
  store ptr @PyLong_Type, ptr %f643, align 8
  %f644 = getelementptr i8, ptr %c632, i64 16
  store i64 %size640, ptr %f644, align 4
  %digit645 = trunc i64 %d0641 to i32
  %f646 = getelementptr i8, ptr %c632, i64 24
  store i32 %digit645, ptr %f646, align 4
  %digit647 = trunc i64 %d1642 to i32
  %f648 = getelementptr i8, ptr %c632, i64 28
  store i32 %digit647, ptr %f648, align 4
  br label %u14.ibox_done

u14.fbox_done:                                    ; preds = %u14.unboxed_floats
  %fbox656 = phi ptr [ %c655, %u14.unboxed_floats ]
  br label %u14.num_done

u14.boxed_paths_unused:                           ; No predecessors!
  %f661 = getelementptr i8, ptr %v536, i64 8
  %p662 = load ptr, ptr %f661, align 8
  %f663 = getelementptr i8, ptr %p658, i64 8
  %p664 = load ptr, ptr %f663, align 8
  %a665 = ptrtoint ptr %p662 to i64
  %eq666 = icmp eq i64 %a665, ptrtoint (ptr @PyLong_Type to i64)
  %a667 = ptrtoint ptr %p664 to i64
  %eq668 = icmp eq i64 %a667, ptrtoint (ptr @PyLong_Type to i64)
  %both669 = and i1 %eq666, %eq668
  br i1 %both669, label %u14.int_test, label %u14.float_check

u14.int_test:                                     ; preds = %u14.boxed_paths_unused
  %f670 = getelementptr i8, ptr %v536, i64 16
  %size671 = load i64, ptr %f670, align 4
  %size2672 = add i64 %size671, 2
  %compact673 = icmp ule i64 %size2672, 4
  %f674 = getelementptr i8, ptr %v536, i64 24
  %digit0675 = load i32, ptr %f674, align 4
  %digit0676 = zext i32 %digit0675 to i64
  %f677 = getelementptr i8, ptr %v536, i64 28
  %digit1678 = load i32, ptr %f677, align 4
  %digit1679 = zext i32 %digit1678 to i64
  %negative680 = icmp slt i64 %size671, 0
  %neg_size681 = sub i64 0, %size671
  %ndigits682 = select i1 %negative680, i64 %neg_size681, i64 %size671
  %two683 = icmp eq i64 %ndigits682, 2
  %hi684 = shl i64 %digit1679, 30
  %hi2685 = select i1 %two683, i64 %hi684, i64 0
  %mag686 = add i64 %digit0676, %hi2685
  %zero687 = icmp eq i64 %size671, 0
  %mag0688 = select i1 %zero687, i64 0, i64 %mag686
  %neg_mag689 = sub i64 0, %mag0688
  %ival690 = select i1 %negative680, i64 %neg_mag689, i64 %mag0688
  %f691 = getelementptr i8, ptr %p658, i64 16
  %size692 = load i64, ptr %f691, align 4
  %size2693 = add i64 %size692, 2
  %compact694 = icmp ule i64 %size2693, 4
  %f695 = getelementptr i8, ptr %p658, i64 24
  %digit0696 = load i32, ptr %f695, align 4
  %digit0697 = zext i32 %digit0696 to i64
  %f698 = getelementptr i8, ptr %p658, i64 28
  %digit1699 = load i32, ptr %f698, align 4
  %digit1700 = zext i32 %digit1699 to i64
  %negative701 = icmp slt i64 %size692, 0
  %neg_size702 = sub i64 0, %size692
  %ndigits703 = select i1 %negative701, i64 %neg_size702, i64 %size692
  %two704 = icmp eq i64 %ndigits703, 2
  %hi705 = shl i64 %digit1700, 30
  %hi2706 = select i1 %two704, i64 %hi705, i64 0
  %mag707 = add i64 %digit0697, %hi2706
  %zero708 = icmp eq i64 %size692, 0
  %mag0709 = select i1 %zero708, i64 0, i64 %mag707
  %neg_mag710 = sub i64 0, %mag0709
  %ival711 = select i1 %negative701, i64 %neg_mag710, i64 %mag0709
  %compact712 = and i1 %compact673, %compact694
  br i1 %compact712, label %u14.int_fast, label %u14.num_slow, !prof !1

u14.float_check:                                  ; preds = %u14.boxed_paths_unused
  %f759 = getelementptr i8, ptr %v536, i64 8
  %p760 = load ptr, ptr %f759, align 8
  %f761 = getelementptr i8, ptr %p658, i64 8
  %p762 = load ptr, ptr %f761, align 8
  %a763 = ptrtoint ptr %p760 to i64
  %eq764 = icmp eq i64 %a763, ptrtoint (ptr @PyFloat_Type to i64)
  %a765 = ptrtoint ptr %p762 to i64
  %eq766 = icmp eq i64 %a765, ptrtoint (ptr @PyFloat_Type to i64)
  %both767 = and i1 %eq764, %eq766
  br i1 %both767, label %u14.float_fast, label %u14.mixed_check, !prof !1

u14.int_fast:                                     ; preds = %u14.int_test
  %bias713 = add i64 %ival690, 2147483648
  %small714 = icmp ult i64 %bias713, 4294967296
  %bias715 = add i64 %ival711, 2147483648
  %small716 = icmp ult i64 %bias715, 4294967296
  %both_small717 = and i1 %small714, %small716
  br i1 %both_small717, label %u14.imul_ok718, label %u14.num_slow, !prof !1

u14.imul_ok718:                                   ; preds = %u14.int_fast
  %imul719 = mul nsw i64 %ival690, %ival711
  %biased725 = sub i64 %imul719, -5
  %is_small726 = icmp ult i64 %biased725, 262
  br i1 %is_small726, label %u14.ibox_small721, label %u14.ibox_not_small722

u14.ibox_done720:                                 ; preds = %u14.ibox_call724, %u14.ibox_init741, %u14.ibox_table729
  %int_box758 = phi ptr [ %fd731, %u14.ibox_table729 ], [ %c739, %u14.ibox_init741 ], [ %c757, %u14.ibox_call724 ]
  br label %u14.num_done

u14.ibox_small721:                                ; preds = %u14.imul_ok718
  %p727 = load ptr, ptr @rjit_small_ints, align 8
  %have_table728 = icmp ne ptr %p727, null
  br i1 %have_table728, label %u14.ibox_table729, label %u14.ibox_call724, !prof !1

u14.ibox_not_small722:                            ; preds = %u14.imul_ok718
  %shifted734 = add i64 %imul719, 1152921504606846975
  %fits735 = icmp ult i64 %shifted734, 2305843009213693951
  %i736 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced737 = icmp eq i32 %i736, 0
  %inline738 = and i1 %fits735, %untraced737
  br i1 %inline738, label %u14.ibox_alloc723, label %u14.ibox_call724, !prof !1

u14.ibox_alloc723:                                ; preds = %u14.ibox_not_small722
  %c739 = call ptr @PyObject_Malloc(i64 32)
  %allocated740 = icmp ne ptr %c739, null
  br i1 %allocated740, label %u14.ibox_init741, label %u14.ibox_call724, !prof !1

u14.ibox_call724:                                 ; preds = %u14.ibox_alloc723, %u14.ibox_not_small722, %u14.ibox_small721
  %c757 = call ptr @PyLong_FromLongLong(i64 %imul719)
  br label %u14.ibox_done720

u14.ibox_table729:                                ; preds = %u14.ibox_small721
  %off730 = mul i64 %biased725, 32
  %fd731 = getelementptr i8, ptr %p727, i64 %off730
  %rc732 = load i64, ptr %fd731, align 4
  %rc1733 = add i64 %rc732, 1
  store i64 %rc1733, ptr %fd731, align 4
  br label %u14.ibox_done720

u14.ibox_init741:                                 ; preds = %u14.ibox_alloc723
  %neg742 = icmp slt i64 %imul719, 0
  %minus743 = sub i64 0, %imul719
  %mag744 = select i1 %neg742, i64 %minus743, i64 %imul719
  %two745 = icmp ugt i64 %mag744, 1073741823
  %ndigits746 = select i1 %two745, i64 2, i64 1
  %minus_n747 = sub i64 0, %ndigits746
  %size748 = select i1 %neg742, i64 %minus_n747, i64 %ndigits746
  %d0749 = and i64 %mag744, 1073741823
  %d1750 = lshr i64 %mag744, 30
  store i64 1, ptr %c739, align 4
  %f751 = getelementptr i8, ptr %c739, i64 8
  store ptr @PyLong_Type, ptr %f751, align 8
  %f752 = getelementptr i8, ptr %c739, i64 16
  store i64 %size748, ptr %f752, align 4
  %digit753 = trunc i64 %d0749 to i32
  %f754 = getelementptr i8, ptr %c739, i64 24
  store i32 %digit753, ptr %f754, align 4
  %digit755 = trunc i64 %d1750 to i32
  %f756 = getelementptr i8, ptr %c739, i64 28
  store i32 %digit755, ptr %f756, align 4
  br label %u14.ibox_done720

u14.float_fast:                                   ; preds = %u14.float_check
  %f768 = getelementptr i8, ptr %v536, i64 16
  %fval769 = load double, ptr %f768, align 8
  %f770 = getelementptr i8, ptr %p658, i64 16
  %fval771 = load double, ptr %f770, align 8
  %fmul772 = fmul double %fval769, %fval771
  %rc774 = load i64, ptr %p658, align 4
  %only775 = icmp eq i64 %rc774, 1
  br i1 %only775, label %u14.fbox_operand, label %u14.fbox_next

u14.mixed_check:                                  ; preds = %u14.float_check
  %f781 = getelementptr i8, ptr %v536, i64 8
  %p782 = load ptr, ptr %f781, align 8
  %a783 = ptrtoint ptr %p782 to i64
  %eq784 = icmp eq i64 %a783, ptrtoint (ptr @PyFloat_Type to i64)
  %a785 = ptrtoint ptr %p782 to i64
  %eq786 = icmp eq i64 %a785, ptrtoint (ptr @PyLong_Type to i64)
  %f787 = getelementptr i8, ptr %p658, i64 8
  %p788 = load ptr, ptr %f787, align 8
  %a789 = ptrtoint ptr %p788 to i64
  %eq790 = icmp eq i64 %a789, ptrtoint (ptr @PyFloat_Type to i64)
  %a791 = ptrtoint ptr %p788 to i64
  %eq792 = icmp eq i64 %a791, ptrtoint (ptr @PyLong_Type to i64)
  %float_first793 = and i1 %eq784, %eq792
  %int_first794 = and i1 %eq786, %eq790
  %mixed795 = or i1 %float_first793, %int_first794
  br i1 %mixed795, label %u14.mixed, label %u14.num_slow, !prof !1

u14.fbox_done773:                                 ; preds = %u14.fbox_next, %u14.fbox_operand
  %fbox780 = phi ptr [ %p658, %u14.fbox_operand ], [ %c779, %u14.fbox_next ]
  br label %u14.num_done

u14.fbox_operand:                                 ; preds = %u14.float_fast
  %f776 = getelementptr i8, ptr %p658, i64 16
  store double %fmul772, ptr %f776, align 8
  %rc777 = load i64, ptr %p658, align 4
  %rc1778 = add i64 %rc777, 1
  store i64 %rc1778, ptr %p658, align 4
  br label %u14.fbox_done773

u14.fbox_next:                                    ; preds = %u14.float_fast
  %c779 = call ptr @PyFloat_FromDouble(double %fmul772)
  br label %u14.fbox_done773

u14.mixed:                                        ; preds = %u14.mixed_check
  %int_operand796 = select i1 %float_first793, ptr %p658, ptr %v536
  %float_operand797 = select i1 %float_first793, ptr %v536, ptr %p658
  %f798 = getelementptr i8, ptr %int_operand796, i64 16
  %size799 = load i64, ptr %f798, align 4
  %size2800 = add i64 %size799, 2
  %compact801 = icmp ule i64 %size2800, 4
  %f802 = getelementptr i8, ptr %int_operand796, i64 24
  %digit0803 = load i32, ptr %f802, align 4
  %digit0804 = zext i32 %digit0803 to i64
  %f805 = getelementptr i8, ptr %int_operand796, i64 28
  %digit1806 = load i32, ptr %f805, align 4
  %digit1807 = zext i32 %digit1806 to i64
  %negative808 = icmp slt i64 %size799, 0
  %neg_size809 = sub i64 0, %size799
  %ndigits810 = select i1 %negative808, i64 %neg_size809, i64 %size799
  %two811 = icmp eq i64 %ndigits810, 2
  %hi812 = shl i64 %digit1807, 30
  %hi2813 = select i1 %two811, i64 %hi812, i64 0
  %mag814 = add i64 %digit0804, %hi2813
  %zero815 = icmp eq i64 %size799, 0
  %mag0816 = select i1 %zero815, i64 0, i64 %mag814
  %neg_mag817 = sub i64 0, %mag0816
  %ival818 = select i1 %negative808, i64 %neg_mag817, i64 %mag0816
  br i1 %compact801, label %u14.mixed_fast, label %u14.num_slow, !prof !1

u14.mixed_fast:                                   ; preds = %u14.mixed
  %itof819 = sitofp i64 %ival818 to double
  %f820 = getelementptr i8, ptr %float_operand797, i64 16
  %fval821 = load double, ptr %f820, align 8
  %x822 = select i1 %float_first793, double %fval821, double %itof819
  %y823 = select i1 %float_first793, double %itof819, double %fval821
  %fmul824 = fmul double %x822, %y823
  br label %u14.float_result

u14.fbox_done826:                                 ; preds = %u14.fbox_next835, %u14.fbox_operand834
  %fbox840 = phi ptr [ %p658, %u14.fbox_operand834 ], [ %c839, %u14.fbox_next835 ]
  br label %u14.num_done

u14.fbox_operand834:                              ; preds = %u14.float_result
  %f836 = getelementptr i8, ptr %p658, i64 16
  store double %fres825, ptr %f836, align 8
  %rc837 = load i64, ptr %p658, align 4
  %rc1838 = add i64 %rc837, 1
  store i64 %rc1838, ptr %p658, align 4
  br label %u14.fbox_done826

u14.fbox_next835:                                 ; preds = %u14.float_result
  %c839 = call ptr @PyFloat_FromDouble(double %fres825)
  br label %u14.fbox_done826

u14.operator_dunder:                              ; preds = %u14.num_slow
  %c847 = call ptr @rjit_binary_dunder(ptr %0, ptr %v536, ptr %p658, i32 5)
  br label %u14.operator_done

u14.operator_c:                                   ; preds = %u14.num_slow
  %c848 = call ptr @PyNumber_Multiply(ptr %v536, ptr %p658)
  br label %u14.operator_done

u14.operator_done:                                ; preds = %u14.operator_c, %u14.operator_dunder
  %number849 = phi ptr [ %c847, %u14.operator_dunder ], [ %c848, %u14.operator_c ]
  br label %u14.num_done

u14.xdec:                                         ; preds = %u14.num_done
  %rc853 = load i64, ptr %v851, align 4
  %rc1854 = sub i64 %rc853, 1
  store i64 %rc1854, ptr %v851, align 4
  %dead855 = icmp eq i64 %rc1854, 0
  br i1 %dead855, label %u14.dealloc, label %u14.cont856, !prof !0

u14.cont:                                         ; preds = %u14.cont856, %u14.num_done
  %isnull858 = icmp eq ptr %res850, null
  br i1 %isnull858, label %u14.error, label %u14.ok, !prof !0

u14.dealloc:                                      ; preds = %u14.xdec
  call void @_Py_Dealloc(ptr %v851)
  br label %u14.cont856

u14.cont856:                                      ; preds = %u14.dealloc, %u14.xdec
  br label %u14.cont

u14.error:                                        ; preds = %u14.cont
  %c857 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 14, i32 0, i32 1)
  ret ptr %c857

u14.ok:                                           ; preds = %u14.cont
  store ptr %res850, ptr %s0, align 8
  br label %i16
}

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare ptr @PyObject_RichCompare(ptr, ptr, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @PyObject_IsTrue(ptr)

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Subtract(ptr, ptr)

declare ptr @PyNumber_Multiply(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
