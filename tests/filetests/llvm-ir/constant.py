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
  %f217 = getelementptr i8, ptr %1, i64 72
  %local218 = load ptr, ptr %f217, align 8
  store ptr %local218, ptr %s0, align 8
  br label %i8

i8:                                               ; preds = %i7
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v219 = load ptr, ptr %s1, align 8
  %ukind220 = load i8, ptr %k1, align 1
  %uf221 = load double, ptr %f1, align 8
  %ui222 = load i64, ptr %n1, align 4
  %v223 = load ptr, ptr %s0, align 8
  %f224 = getelementptr i8, ptr %f2, i64 18
  %f225 = getelementptr i8, ptr %1, i64 56
  store ptr %f224, ptr %f225, align 8
  %f226 = getelementptr i8, ptr %v223, i64 8
  %p227 = load ptr, ptr %f226, align 8
  %a228 = ptrtoint ptr %p227 to i64
  %eq229 = icmp eq i64 %a228, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq229, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  br label %i16

i12:                                              ; preds = %u3.decide
  %f514 = getelementptr i8, ptr %1, i64 72
  %local515 = load ptr, ptr %f514, align 8
  store ptr %local515, ptr %s0, align 8
  br label %i13

i13:                                              ; preds = %i12
  store i8 1, ptr %k1, align 1
  store double 5.000000e-01, ptr %f1, align 8
  store i64 0, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i14

i14:                                              ; preds = %i13
  %v516 = load ptr, ptr %s1, align 8
  %ukind517 = load i8, ptr %k1, align 1
  %uf518 = load double, ptr %f1, align 8
  %ui519 = load i64, ptr %n1, align 4
  %v520 = load ptr, ptr %s0, align 8
  %f521 = getelementptr i8, ptr %f2, i64 28
  %f522 = getelementptr i8, ptr %1, i64 56
  store ptr %f521, ptr %f522, align 8
  %f523 = getelementptr i8, ptr %v520, i64 8
  %p524 = load ptr, ptr %f523, align 8
  %a525 = ptrtoint ptr %p524 to i64
  %eq526 = icmp eq i64 %a525, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq526, label %u14.view_float, label %u14.view_long

i16:                                              ; preds = %u14.ok, %i11
  %v843 = load ptr, ptr %s0, align 8
  %f844 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f844, align 4
  %f845 = getelementptr i8, ptr %f2, i64 32
  %f846 = getelementptr i8, ptr %1, i64 56
  store ptr %f845, ptr %f846, align 8
  %f847 = getelementptr i8, ptr %0, i64 56
  %p848 = load ptr, ptr %f847, align 8
  %f849 = getelementptr i8, ptr %1, i64 48
  %p850 = load ptr, ptr %f849, align 8
  %f851 = getelementptr i8, ptr %p848, i64 8
  store ptr %p850, ptr %f851, align 8
  %f852 = getelementptr i8, ptr %0, i64 32
  %rem853 = load i32, ptr %f852, align 4
  %rem1854 = add i32 %rem853, 1
  store i32 %rem1854, ptr %f852, align 4
  ret ptr %v843

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
  %c208 = call i32 @PyObject_IsTrue(ptr %res)
  %rc209 = load i64, ptr %res, align 4
  %rc1210 = sub i64 %rc209, 1
  store i64 %rc1210, ptr %res, align 4
  %dead211 = icmp eq i64 %rc1210, 0
  br i1 %dead211, label %u3.dealloc212, label %u3.cont213, !prof !0

u3.truth:                                         ; preds = %u3.ok216, %u3.fast_bool
  %t = phi i1 [ %eq201, %u3.fast_bool ], [ %truthy, %u3.ok216 ]
  br label %u3.decide

u3.dealloc212:                                    ; preds = %u3.is_true
  call void @_Py_Dealloc(ptr %res)
  br label %u3.cont213

u3.cont213:                                       ; preds = %u3.dealloc212, %u3.is_true
  %neg = icmp slt i32 %c208, 0
  br i1 %neg, label %u3.error214, label %u3.ok216, !prof !0

u3.error214:                                      ; preds = %u3.cont213
  %c215 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c215

u3.ok216:                                         ; preds = %u3.cont213
  %truthy = icmp ne i32 %c208, 0
  br label %u3.truth

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done485, %u9.fbox_done434, %u9.ibox_done381, %u9.fbox_done, %u9.ibox_done
  %res505 = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box419, %u9.ibox_done381 ], [ %fbox440, %u9.fbox_done434 ], [ %fbox498, %u9.fbox_done485 ], [ %number, %u9.operator_done ]
  %v506 = load ptr, ptr %s1, align 8
  %isnull507 = icmp eq ptr %v506, null
  br i1 %isnull507, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.mixed, %u9.mixed_check, %u9.int_test, %u9.box_operands
  %f499 = getelementptr i8, ptr %v223, i64 8
  %p500 = load ptr, ptr %f499, align 8
  %f501 = getelementptr i8, ptr %p500, i64 168
  %i502 = load i64, ptr %f501, align 4
  %heap = and i64 %i502, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.mixed_fast
  %fres = phi double [ %fsub484, %u9.mixed_fast ]
  %rc486 = load i64, ptr %p325, align 4
  %only487 = icmp eq i64 %rc486, 1
  %f488 = getelementptr i8, ptr %p325, i64 8
  %p489 = load ptr, ptr %f488, align 8
  %a490 = ptrtoint ptr %p489 to i64
  %eq491 = icmp eq i64 %a490, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only487, %eq491
  br i1 %only_float, label %u9.fbox_operand492, label %u9.fbox_next493

u9.box_operands:                                  ; preds = %u9.view_is_int274, %u9.view_long269, %u9.view_int, %u9.view_is_int, %u9.view_long
  %f324 = getelementptr i8, ptr %2, i64 16
  %p325 = load ptr, ptr %f324, align 8
  %rc326 = load i64, ptr %p325, align 4
  %rc1327 = add i64 %rc326, 1
  store i64 %rc1327, ptr %p325, align 4
  store ptr %p325, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.view_compact, %u9.view_float
  %vkind255 = phi i8 [ 1, %u9.view_float ], [ 2, %u9.view_compact ]
  %vf256 = phi double [ %fval231, %u9.view_float ], [ 0.000000e+00, %u9.view_compact ]
  %vi257 = phi i64 [ 0, %u9.view_float ], [ %ival254, %u9.view_compact ]
  %is_float259 = icmp eq i8 %ukind220, 1
  br i1 %is_float259, label %u9.view258, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f230 = getelementptr i8, ptr %v223, i64 16
  %fval231 = load double, ptr %f230, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a232 = ptrtoint ptr %p227 to i64
  %eq233 = icmp eq i64 %a232, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq233, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f234 = getelementptr i8, ptr %v223, i64 16
  %size235 = load i64, ptr %f234, align 4
  %size2236 = add i64 %size235, 2
  %compact237 = icmp ule i64 %size2236, 4
  %f238 = getelementptr i8, ptr %v223, i64 24
  %digit0239 = load i32, ptr %f238, align 4
  %digit0240 = zext i32 %digit0239 to i64
  %f241 = getelementptr i8, ptr %v223, i64 28
  %digit1242 = load i32, ptr %f241, align 4
  %digit1243 = zext i32 %digit1242 to i64
  %negative244 = icmp slt i64 %size235, 0
  %neg_size245 = sub i64 0, %size235
  %ndigits246 = select i1 %negative244, i64 %neg_size245, i64 %size235
  %two247 = icmp eq i64 %ndigits246, 2
  %hi248 = shl i64 %digit1243, 30
  %hi2249 = select i1 %two247, i64 %hi248, i64 0
  %mag250 = add i64 %digit0240, %hi2249
  %zero251 = icmp eq i64 %size235, 0
  %mag0252 = select i1 %zero251, i64 0, i64 %mag250
  %neg_mag253 = sub i64 0, %mag0252
  %ival254 = select i1 %negative244, i64 %neg_mag253, i64 %mag0252
  br i1 %compact237, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_compact:                                  ; preds = %u9.view_is_int
  br label %u9.view

u9.view258:                                       ; preds = %u9.view_compact296, %u9.view_float268, %u9.view_compact263, %u9.view
  %vkind297 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact263 ], [ 1, %u9.view_float268 ], [ 2, %u9.view_compact296 ]
  %vf298 = phi double [ %uf221, %u9.view ], [ 0.000000e+00, %u9.view_compact263 ], [ %fval271, %u9.view_float268 ], [ 0.000000e+00, %u9.view_compact296 ]
  %vi299 = phi i64 [ 0, %u9.view ], [ %ui222, %u9.view_compact263 ], [ 0, %u9.view_float268 ], [ %ival295, %u9.view_compact296 ]
  %lint300 = icmp eq i8 %vkind255, 2
  %rint301 = icmp eq i8 %vkind297, 2
  %both_int302 = and i1 %lint300, %rint301
  br i1 %both_int302, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int260 = icmp eq i8 %ukind220, 2
  br i1 %is_int260, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias261 = add i64 %ui222, 1152921504606846976
  %compact262 = icmp ult i64 %bias261, 2305843009213693952
  br i1 %compact262, label %u9.view_compact263, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f264 = getelementptr i8, ptr %v219, i64 8
  %p265 = load ptr, ptr %f264, align 8
  %a266 = ptrtoint ptr %p265 to i64
  %eq267 = icmp eq i64 %a266, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq267, label %u9.view_float268, label %u9.view_long269

u9.view_compact263:                               ; preds = %u9.view_int
  br label %u9.view258

u9.view_float268:                                 ; preds = %u9.view_object
  %f270 = getelementptr i8, ptr %v219, i64 16
  %fval271 = load double, ptr %f270, align 8
  br label %u9.view258

u9.view_long269:                                  ; preds = %u9.view_object
  %a272 = ptrtoint ptr %p265 to i64
  %eq273 = icmp eq i64 %a272, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq273, label %u9.view_is_int274, label %u9.box_operands, !prof !1

u9.view_is_int274:                                ; preds = %u9.view_long269
  %f275 = getelementptr i8, ptr %v219, i64 16
  %size276 = load i64, ptr %f275, align 4
  %size2277 = add i64 %size276, 2
  %compact278 = icmp ule i64 %size2277, 4
  %f279 = getelementptr i8, ptr %v219, i64 24
  %digit0280 = load i32, ptr %f279, align 4
  %digit0281 = zext i32 %digit0280 to i64
  %f282 = getelementptr i8, ptr %v219, i64 28
  %digit1283 = load i32, ptr %f282, align 4
  %digit1284 = zext i32 %digit1283 to i64
  %negative285 = icmp slt i64 %size276, 0
  %neg_size286 = sub i64 0, %size276
  %ndigits287 = select i1 %negative285, i64 %neg_size286, i64 %size276
  %two288 = icmp eq i64 %ndigits287, 2
  %hi289 = shl i64 %digit1284, 30
  %hi2290 = select i1 %two288, i64 %hi289, i64 0
  %mag291 = add i64 %digit0281, %hi2290
  %zero292 = icmp eq i64 %size276, 0
  %mag0293 = select i1 %zero292, i64 0, i64 %mag291
  %neg_mag294 = sub i64 0, %mag0293
  %ival295 = select i1 %negative285, i64 %neg_mag294, i64 %mag0293
  br i1 %compact278, label %u9.view_compact296, label %u9.box_operands, !prof !1

u9.view_compact296:                               ; preds = %u9.view_is_int274
  br label %u9.view258

u9.unboxed_ints:                                  ; preds = %u9.view258
  %isub = sub nsw i64 %vi257, %vi299
  %biased303 = sub i64 %isub, -5
  %is_small = icmp ult i64 %biased303, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view258
  %itof319 = sitofp i64 %vi257 to double
  %view_f320 = select i1 %lint300, double %itof319, double %vf256
  %itof321 = sitofp i64 %vi299 to double
  %view_f322 = select i1 %rint301, double %itof321, double %vf298
  %fsub = fsub double %view_f320, %view_f322
  %c323 = call ptr @PyFloat_FromDouble(double %fsub)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c307, %u9.ibox_init ], [ %c318, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p304 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p304, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %isub, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c307 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c307, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c318 = call ptr @PyLong_FromLongLong(i64 %isub)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased303, 32
  %fd = getelementptr i8, ptr %p304, i64 %off
  %rc305 = load i64, ptr %fd, align 4
  %rc1306 = add i64 %rc305, 1
  store i64 %rc1306, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg308 = icmp slt i64 %isub, 0
  %minus = sub i64 0, %isub
  %mag309 = select i1 %neg308, i64 %minus, i64 %isub
  %two310 = icmp ugt i64 %mag309, 1073741823
  %ndigits311 = select i1 %two310, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits311
  %size312 = select i1 %neg308, i64 %minus_n, i64 %ndigits311
  %d0 = and i64 %mag309, 1073741823
  %d1 = lshr i64 %mag309, 30
  store i64 1, ptr %c307, align 4
  %f313 = getelementptr i8, ptr %c307, i64 8
  store ptr @PyLong_Type, ptr %f313, align 8
  %f314 = getelementptr i8, ptr %c307, i64 16
  store i64 %size312, ptr %f314, align 4
  %digit = trunc i64 %d0 to i32
  %f315 = getelementptr i8, ptr %c307, i64 24
  store i32 %digit, ptr %f315, align 4
  %digit316 = trunc i64 %d1 to i32
  %f317 = getelementptr i8, ptr %c307, i64 28
  store i32 %digit316, ptr %f317, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c323, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f328 = getelementptr i8, ptr %v223, i64 8
  %p329 = load ptr, ptr %f328, align 8
  %f330 = getelementptr i8, ptr %p325, i64 8
  %p331 = load ptr, ptr %f330, align 8
  %a332 = ptrtoint ptr %p329 to i64
  %eq333 = icmp eq i64 %a332, ptrtoint (ptr @PyLong_Type to i64)
  %a334 = ptrtoint ptr %p331 to i64
  %eq335 = icmp eq i64 %a334, ptrtoint (ptr @PyLong_Type to i64)
  %both336 = and i1 %eq333, %eq335
  br i1 %both336, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f337 = getelementptr i8, ptr %v223, i64 16
  %size338 = load i64, ptr %f337, align 4
  %size2339 = add i64 %size338, 2
  %compact340 = icmp ule i64 %size2339, 4
  %f341 = getelementptr i8, ptr %v223, i64 24
  %digit0342 = load i32, ptr %f341, align 4
  %digit0343 = zext i32 %digit0342 to i64
  %f344 = getelementptr i8, ptr %v223, i64 28
  %digit1345 = load i32, ptr %f344, align 4
  %digit1346 = zext i32 %digit1345 to i64
  %negative347 = icmp slt i64 %size338, 0
  %neg_size348 = sub i64 0, %size338
  %ndigits349 = select i1 %negative347, i64 %neg_size348, i64 %size338
  %two350 = icmp eq i64 %ndigits349, 2
  %hi351 = shl i64 %digit1346, 30
  %hi2352 = select i1 %two350, i64 %hi351, i64 0
  %mag353 = add i64 %digit0343, %hi2352
  %zero354 = icmp eq i64 %size338, 0
  %mag0355 = select i1 %zero354, i64 0, i64 %mag353
  %neg_mag356 = sub i64 0, %mag0355
  %ival357 = select i1 %negative347, i64 %neg_mag356, i64 %mag0355
  %f358 = getelementptr i8, ptr %p325, i64 16
  %size359 = load i64, ptr %f358, align 4
  %size2360 = add i64 %size359, 2
  %compact361 = icmp ule i64 %size2360, 4
  %f362 = getelementptr i8, ptr %p325, i64 24
  %digit0363 = load i32, ptr %f362, align 4
  %digit0364 = zext i32 %digit0363 to i64
  %f365 = getelementptr i8, ptr %p325, i64 28
  %digit1366 = load i32, ptr %f365, align 4
  %digit1367 = zext i32 %digit1366 to i64
  %negative368 = icmp slt i64 %size359, 0
  %neg_size369 = sub i64 0, %size359
  %ndigits370 = select i1 %negative368, i64 %neg_size369, i64 %size359
  %two371 = icmp eq i64 %ndigits370, 2
  %hi372 = shl i64 %digit1367, 30
  %hi2373 = select i1 %two371, i64 %hi372, i64 0
  %mag374 = add i64 %digit0364, %hi2373
  %zero375 = icmp eq i64 %size359, 0
  %mag0376 = select i1 %zero375, i64 0, i64 %mag374
  %neg_mag377 = sub i64 0, %mag0376
  %ival378 = select i1 %negative368, i64 %neg_mag377, i64 %mag0376
  %compact379 = and i1 %compact340, %compact361
  br i1 %compact379, label %u9.int_fast, label %u9.num_slow, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f420 = getelementptr i8, ptr %v223, i64 8
  %p421 = load ptr, ptr %f420, align 8
  %f422 = getelementptr i8, ptr %p325, i64 8
  %p423 = load ptr, ptr %f422, align 8
  %a424 = ptrtoint ptr %p421 to i64
  %eq425 = icmp eq i64 %a424, ptrtoint (ptr @PyFloat_Type to i64)
  %a426 = ptrtoint ptr %p423 to i64
  %eq427 = icmp eq i64 %a426, ptrtoint (ptr @PyFloat_Type to i64)
  %both428 = and i1 %eq425, %eq427
  br i1 %both428, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_fast:                                      ; preds = %u9.int_test
  %isub380 = sub nsw i64 %ival357, %ival378
  %biased386 = sub i64 %isub380, -5
  %is_small387 = icmp ult i64 %biased386, 262
  br i1 %is_small387, label %u9.ibox_small382, label %u9.ibox_not_small383

u9.ibox_done381:                                  ; preds = %u9.ibox_call385, %u9.ibox_init402, %u9.ibox_table390
  %int_box419 = phi ptr [ %fd392, %u9.ibox_table390 ], [ %c400, %u9.ibox_init402 ], [ %c418, %u9.ibox_call385 ]
  br label %u9.num_done

u9.ibox_small382:                                 ; preds = %u9.int_fast
  %p388 = load ptr, ptr @rjit_small_ints, align 8
  %have_table389 = icmp ne ptr %p388, null
  br i1 %have_table389, label %u9.ibox_table390, label %u9.ibox_call385, !prof !1

u9.ibox_not_small383:                             ; preds = %u9.int_fast
  %shifted395 = add i64 %isub380, 1152921504606846975
  %fits396 = icmp ult i64 %shifted395, 2305843009213693951
  %i397 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced398 = icmp eq i32 %i397, 0
  %inline399 = and i1 %fits396, %untraced398
  br i1 %inline399, label %u9.ibox_alloc384, label %u9.ibox_call385, !prof !1

u9.ibox_alloc384:                                 ; preds = %u9.ibox_not_small383
  %c400 = call ptr @PyObject_Malloc(i64 32)
  %allocated401 = icmp ne ptr %c400, null
  br i1 %allocated401, label %u9.ibox_init402, label %u9.ibox_call385, !prof !1

u9.ibox_call385:                                  ; preds = %u9.ibox_alloc384, %u9.ibox_not_small383, %u9.ibox_small382
  %c418 = call ptr @PyLong_FromLongLong(i64 %isub380)
  br label %u9.ibox_done381

u9.ibox_table390:                                 ; preds = %u9.ibox_small382
  %off391 = mul i64 %biased386, 32
  %fd392 = getelementptr i8, ptr %p388, i64 %off391
  %rc393 = load i64, ptr %fd392, align 4
  %rc1394 = add i64 %rc393, 1
  store i64 %rc1394, ptr %fd392, align 4
  br label %u9.ibox_done381

u9.ibox_init402:                                  ; preds = %u9.ibox_alloc384
  %neg403 = icmp slt i64 %isub380, 0
  %minus404 = sub i64 0, %isub380
  %mag405 = select i1 %neg403, i64 %minus404, i64 %isub380
  %two406 = icmp ugt i64 %mag405, 1073741823
  %ndigits407 = select i1 %two406, i64 2, i64 1
  %minus_n408 = sub i64 0, %ndigits407
  %size409 = select i1 %neg403, i64 %minus_n408, i64 %ndigits407
  %d0410 = and i64 %mag405, 1073741823
  %d1411 = lshr i64 %mag405, 30
  store i64 1, ptr %c400, align 4
  %f412 = getelementptr i8, ptr %c400, i64 8
  store ptr @PyLong_Type, ptr %f412, align 8
  %f413 = getelementptr i8, ptr %c400, i64 16
  store i64 %size409, ptr %f413, align 4
  %digit414 = trunc i64 %d0410 to i32
  %f415 = getelementptr i8, ptr %c400, i64 24
  store i32 %digit414, ptr %f415, align 4
  %digit416 = trunc i64 %d1411 to i32
  %f417 = getelementptr i8, ptr %c400, i64 28
  store i32 %digit416, ptr %f417, align 4
  br label %u9.ibox_done381

u9.float_fast:                                    ; preds = %u9.float_check
  %f429 = getelementptr i8, ptr %v223, i64 16
  %fval430 = load double, ptr %f429, align 8
  %f431 = getelementptr i8, ptr %p325, i64 16
  %fval432 = load double, ptr %f431, align 8
  %fsub433 = fsub double %fval430, %fval432
  %rc435 = load i64, ptr %p325, align 4
  %only = icmp eq i64 %rc435, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f441 = getelementptr i8, ptr %v223, i64 8
  %p442 = load ptr, ptr %f441, align 8
  %a443 = ptrtoint ptr %p442 to i64
  %eq444 = icmp eq i64 %a443, ptrtoint (ptr @PyFloat_Type to i64)
  %a445 = ptrtoint ptr %p442 to i64
  %eq446 = icmp eq i64 %a445, ptrtoint (ptr @PyLong_Type to i64)
  %f447 = getelementptr i8, ptr %p325, i64 8
  %p448 = load ptr, ptr %f447, align 8
  %a449 = ptrtoint ptr %p448 to i64
  %eq450 = icmp eq i64 %a449, ptrtoint (ptr @PyFloat_Type to i64)
  %a451 = ptrtoint ptr %p448 to i64
  %eq452 = icmp eq i64 %a451, ptrtoint (ptr @PyLong_Type to i64)
  %float_first453 = and i1 %eq444, %eq452
  %int_first454 = and i1 %eq446, %eq450
  %mixed455 = or i1 %float_first453, %int_first454
  br i1 %mixed455, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done434:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox440 = phi ptr [ %p325, %u9.fbox_operand ], [ %c439, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f436 = getelementptr i8, ptr %p325, i64 16
  store double %fsub433, ptr %f436, align 8
  %rc437 = load i64, ptr %p325, align 4
  %rc1438 = add i64 %rc437, 1
  store i64 %rc1438, ptr %p325, align 4
  br label %u9.fbox_done434

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c439 = call ptr @PyFloat_FromDouble(double %fsub433)
  br label %u9.fbox_done434

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand456 = select i1 %float_first453, ptr %p325, ptr %v223
  %float_operand457 = select i1 %float_first453, ptr %v223, ptr %p325
  %f458 = getelementptr i8, ptr %int_operand456, i64 16
  %size459 = load i64, ptr %f458, align 4
  %size2460 = add i64 %size459, 2
  %compact461 = icmp ule i64 %size2460, 4
  %f462 = getelementptr i8, ptr %int_operand456, i64 24
  %digit0463 = load i32, ptr %f462, align 4
  %digit0464 = zext i32 %digit0463 to i64
  %f465 = getelementptr i8, ptr %int_operand456, i64 28
  %digit1466 = load i32, ptr %f465, align 4
  %digit1467 = zext i32 %digit1466 to i64
  %negative468 = icmp slt i64 %size459, 0
  %neg_size469 = sub i64 0, %size459
  %ndigits470 = select i1 %negative468, i64 %neg_size469, i64 %size459
  %two471 = icmp eq i64 %ndigits470, 2
  %hi472 = shl i64 %digit1467, 30
  %hi2473 = select i1 %two471, i64 %hi472, i64 0
  %mag474 = add i64 %digit0464, %hi2473
  %zero475 = icmp eq i64 %size459, 0
  %mag0476 = select i1 %zero475, i64 0, i64 %mag474
  %neg_mag477 = sub i64 0, %mag0476
  %ival478 = select i1 %negative468, i64 %neg_mag477, i64 %mag0476
  br i1 %compact461, label %u9.mixed_fast, label %u9.num_slow, !prof !1

u9.mixed_fast:                                    ; preds = %u9.mixed
  %itof479 = sitofp i64 %ival478 to double
  %f480 = getelementptr i8, ptr %float_operand457, i64 16
  %fval481 = load double, ptr %f480, align 8
  %x482 = select i1 %float_first453, double %fval481, double %itof479
  %y483 = select i1 %float_first453, double %itof479, double %fval481
  %fsub484 = fsub double %x482, %y483
  br label %u9.float_result

u9.fbox_done485:                                  ; preds = %u9.fbox_next493, %u9.fbox_operand492
  %fbox498 = phi ptr [ %p325, %u9.fbox_operand492 ], [ %c497, %u9.fbox_next493 ]
  br label %u9.num_done

u9.fbox_operand492:                               ; preds = %u9.float_result
  %f494 = getelementptr i8, ptr %p325, i64 16
  store double %fres, ptr %f494, align 8
  %rc495 = load i64, ptr %p325, align 4
  %rc1496 = add i64 %rc495, 1
  store i64 %rc1496, ptr %p325, align 4
  br label %u9.fbox_done485

u9.fbox_next493:                                  ; preds = %u9.float_result
  %c497 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done485

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c503 = call ptr @rjit_binary_dunder(ptr %0, ptr %v223, ptr %p325, i32 10)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c504 = call ptr @PyNumber_Subtract(ptr %v223, ptr %p325)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c503, %u9.operator_dunder ], [ %c504, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc508 = load i64, ptr %v506, align 4
  %rc1509 = sub i64 %rc508, 1
  store i64 %rc1509, ptr %v506, align 4
  %dead510 = icmp eq i64 %rc1509, 0
  br i1 %dead510, label %u9.dealloc, label %u9.cont511, !prof !0

u9.cont:                                          ; preds = %u9.cont511, %u9.num_done
  %isnull513 = icmp eq ptr %res505, null
  br i1 %isnull513, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v506)
  br label %u9.cont511

u9.cont511:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c512 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c512

u9.ok:                                            ; preds = %u9.cont
  store ptr %res505, ptr %s0, align 8
  br label %i11

u14.num_done:                                     ; preds = %u14.operator_done, %u14.fbox_done810, %u14.fbox_done757, %u14.ibox_done704, %u14.fbox_done, %u14.ibox_done
  %res834 = phi ptr [ %int_box634, %u14.ibox_done ], [ %fbox640, %u14.fbox_done ], [ %int_box742, %u14.ibox_done704 ], [ %fbox764, %u14.fbox_done757 ], [ %fbox824, %u14.fbox_done810 ], [ %number833, %u14.operator_done ]
  %v835 = load ptr, ptr %s1, align 8
  %isnull836 = icmp eq ptr %v835, null
  br i1 %isnull836, label %u14.cont, label %u14.xdec

u14.num_slow:                                     ; preds = %u14.mixed, %u14.mixed_check, %u14.int_fast, %u14.int_test, %u14.box_operands
  %f825 = getelementptr i8, ptr %v520, i64 8
  %p826 = load ptr, ptr %f825, align 8
  %f827 = getelementptr i8, ptr %p826, i64 168
  %i828 = load i64, ptr %f827, align 4
  %heap829 = and i64 %i828, 512
  %is_heap830 = icmp ne i64 %heap829, 0
  br i1 %is_heap830, label %u14.operator_dunder, label %u14.operator_c

u14.float_result:                                 ; preds = %u14.mixed_fast
  %fres809 = phi double [ %fmul808, %u14.mixed_fast ]
  %rc811 = load i64, ptr %p642, align 4
  %only812 = icmp eq i64 %rc811, 1
  %f813 = getelementptr i8, ptr %p642, i64 8
  %p814 = load ptr, ptr %f813, align 8
  %a815 = ptrtoint ptr %p814 to i64
  %eq816 = icmp eq i64 %a815, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float817 = and i1 %only812, %eq816
  br i1 %only_float817, label %u14.fbox_operand818, label %u14.fbox_next819

u14.box_operands:                                 ; preds = %u14.unboxed_ints, %u14.view_is_int571, %u14.view_long566, %u14.view_int, %u14.view_is_int, %u14.view_long
  %f641 = getelementptr i8, ptr %2, i64 24
  %p642 = load ptr, ptr %f641, align 8
  %rc643 = load i64, ptr %p642, align 4
  %rc1644 = add i64 %rc643, 1
  store i64 %rc1644, ptr %p642, align 4
  store ptr %p642, ptr %s1, align 8
  br label %u14.num_slow

u14.view:                                         ; preds = %u14.view_compact, %u14.view_float
  %vkind552 = phi i8 [ 1, %u14.view_float ], [ 2, %u14.view_compact ]
  %vf553 = phi double [ %fval528, %u14.view_float ], [ 0.000000e+00, %u14.view_compact ]
  %vi554 = phi i64 [ 0, %u14.view_float ], [ %ival551, %u14.view_compact ]
  %is_float556 = icmp eq i8 %ukind517, 1
  br i1 %is_float556, label %u14.view555, label %u14.view_not_float, !prof !1

u14.view_float:                                   ; preds = %i14
  %f527 = getelementptr i8, ptr %v520, i64 16
  %fval528 = load double, ptr %f527, align 8
  br label %u14.view

u14.view_long:                                    ; preds = %i14
  %a529 = ptrtoint ptr %p524 to i64
  %eq530 = icmp eq i64 %a529, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq530, label %u14.view_is_int, label %u14.box_operands, !prof !1

u14.view_is_int:                                  ; preds = %u14.view_long
  %f531 = getelementptr i8, ptr %v520, i64 16
  %size532 = load i64, ptr %f531, align 4
  %size2533 = add i64 %size532, 2
  %compact534 = icmp ule i64 %size2533, 4
  %f535 = getelementptr i8, ptr %v520, i64 24
  %digit0536 = load i32, ptr %f535, align 4
  %digit0537 = zext i32 %digit0536 to i64
  %f538 = getelementptr i8, ptr %v520, i64 28
  %digit1539 = load i32, ptr %f538, align 4
  %digit1540 = zext i32 %digit1539 to i64
  %negative541 = icmp slt i64 %size532, 0
  %neg_size542 = sub i64 0, %size532
  %ndigits543 = select i1 %negative541, i64 %neg_size542, i64 %size532
  %two544 = icmp eq i64 %ndigits543, 2
  %hi545 = shl i64 %digit1540, 30
  %hi2546 = select i1 %two544, i64 %hi545, i64 0
  %mag547 = add i64 %digit0537, %hi2546
  %zero548 = icmp eq i64 %size532, 0
  %mag0549 = select i1 %zero548, i64 0, i64 %mag547
  %neg_mag550 = sub i64 0, %mag0549
  %ival551 = select i1 %negative541, i64 %neg_mag550, i64 %mag0549
  br i1 %compact534, label %u14.view_compact, label %u14.box_operands, !prof !1

u14.view_compact:                                 ; preds = %u14.view_is_int
  br label %u14.view

u14.view555:                                      ; preds = %u14.view_compact593, %u14.view_float565, %u14.view_compact560, %u14.view
  %vkind594 = phi i8 [ 1, %u14.view ], [ 2, %u14.view_compact560 ], [ 1, %u14.view_float565 ], [ 2, %u14.view_compact593 ]
  %vf595 = phi double [ %uf518, %u14.view ], [ 0.000000e+00, %u14.view_compact560 ], [ %fval568, %u14.view_float565 ], [ 0.000000e+00, %u14.view_compact593 ]
  %vi596 = phi i64 [ 0, %u14.view ], [ %ui519, %u14.view_compact560 ], [ 0, %u14.view_float565 ], [ %ival592, %u14.view_compact593 ]
  %lint597 = icmp eq i8 %vkind552, 2
  %rint598 = icmp eq i8 %vkind594, 2
  %both_int599 = and i1 %lint597, %rint598
  br i1 %both_int599, label %u14.unboxed_ints, label %u14.unboxed_floats

u14.view_not_float:                               ; preds = %u14.view
  %is_int557 = icmp eq i8 %ukind517, 2
  br i1 %is_int557, label %u14.view_int, label %u14.view_object

u14.view_int:                                     ; preds = %u14.view_not_float
  %bias558 = add i64 %ui519, 1152921504606846976
  %compact559 = icmp ult i64 %bias558, 2305843009213693952
  br i1 %compact559, label %u14.view_compact560, label %u14.box_operands, !prof !1

u14.view_object:                                  ; preds = %u14.view_not_float
  %f561 = getelementptr i8, ptr %v516, i64 8
  %p562 = load ptr, ptr %f561, align 8
  %a563 = ptrtoint ptr %p562 to i64
  %eq564 = icmp eq i64 %a563, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq564, label %u14.view_float565, label %u14.view_long566

u14.view_compact560:                              ; preds = %u14.view_int
  br label %u14.view555

u14.view_float565:                                ; preds = %u14.view_object
  %f567 = getelementptr i8, ptr %v516, i64 16
  %fval568 = load double, ptr %f567, align 8
  br label %u14.view555

u14.view_long566:                                 ; preds = %u14.view_object
  %a569 = ptrtoint ptr %p562 to i64
  %eq570 = icmp eq i64 %a569, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq570, label %u14.view_is_int571, label %u14.box_operands, !prof !1

u14.view_is_int571:                               ; preds = %u14.view_long566
  %f572 = getelementptr i8, ptr %v516, i64 16
  %size573 = load i64, ptr %f572, align 4
  %size2574 = add i64 %size573, 2
  %compact575 = icmp ule i64 %size2574, 4
  %f576 = getelementptr i8, ptr %v516, i64 24
  %digit0577 = load i32, ptr %f576, align 4
  %digit0578 = zext i32 %digit0577 to i64
  %f579 = getelementptr i8, ptr %v516, i64 28
  %digit1580 = load i32, ptr %f579, align 4
  %digit1581 = zext i32 %digit1580 to i64
  %negative582 = icmp slt i64 %size573, 0
  %neg_size583 = sub i64 0, %size573
  %ndigits584 = select i1 %negative582, i64 %neg_size583, i64 %size573
  %two585 = icmp eq i64 %ndigits584, 2
  %hi586 = shl i64 %digit1581, 30
  %hi2587 = select i1 %two585, i64 %hi586, i64 0
  %mag588 = add i64 %digit0578, %hi2587
  %zero589 = icmp eq i64 %size573, 0
  %mag0590 = select i1 %zero589, i64 0, i64 %mag588
  %neg_mag591 = sub i64 0, %mag0590
  %ival592 = select i1 %negative582, i64 %neg_mag591, i64 %mag0590
  br i1 %compact575, label %u14.view_compact593, label %u14.box_operands, !prof !1

u14.view_compact593:                              ; preds = %u14.view_is_int571
  br label %u14.view555

u14.unboxed_ints:                                 ; preds = %u14.view555
  %bias600 = add i64 %vi554, 2147483648
  %small = icmp ult i64 %bias600, 4294967296
  %bias601 = add i64 %vi596, 2147483648
  %small602 = icmp ult i64 %bias601, 4294967296
  %both_small = and i1 %small, %small602
  br i1 %both_small, label %u14.imul_ok, label %u14.box_operands, !prof !1

u14.unboxed_floats:                               ; preds = %u14.view555
  %itof635 = sitofp i64 %vi554 to double
  %view_f636 = select i1 %lint597, double %itof635, double %vf553
  %itof637 = sitofp i64 %vi596 to double
  %view_f638 = select i1 %rint598, double %itof637, double %vf595
  %fmul = fmul double %view_f636, %view_f638
  %c639 = call ptr @PyFloat_FromDouble(double %fmul)
  br label %u14.fbox_done

u14.imul_ok:                                      ; preds = %u14.unboxed_ints
  %imul = mul nsw i64 %vi554, %vi596
  %biased603 = sub i64 %imul, -5
  %is_small604 = icmp ult i64 %biased603, 262
  br i1 %is_small604, label %u14.ibox_small, label %u14.ibox_not_small

u14.ibox_done:                                    ; preds = %u14.ibox_call, %u14.ibox_init, %u14.ibox_table
  %int_box634 = phi ptr [ %fd608, %u14.ibox_table ], [ %c616, %u14.ibox_init ], [ %c633, %u14.ibox_call ]
  br label %u14.num_done

u14.ibox_small:                                   ; preds = %u14.imul_ok
  %p605 = load ptr, ptr @rjit_small_ints, align 8
  %have_table606 = icmp ne ptr %p605, null
  br i1 %have_table606, label %u14.ibox_table, label %u14.ibox_call, !prof !1

u14.ibox_not_small:                               ; preds = %u14.imul_ok
  %shifted611 = add i64 %imul, 1152921504606846975
  %fits612 = icmp ult i64 %shifted611, 2305843009213693951
  %i613 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced614 = icmp eq i32 %i613, 0
  %inline615 = and i1 %fits612, %untraced614
  br i1 %inline615, label %u14.ibox_alloc, label %u14.ibox_call, !prof !1

u14.ibox_alloc:                                   ; preds = %u14.ibox_not_small
  %c616 = call ptr @PyObject_Malloc(i64 32)
  %allocated617 = icmp ne ptr %c616, null
  br i1 %allocated617, label %u14.ibox_init, label %u14.ibox_call, !prof !1

u14.ibox_call:                                    ; preds = %u14.ibox_alloc, %u14.ibox_not_small, %u14.ibox_small
  %c633 = call ptr @PyLong_FromLongLong(i64 %imul)
  br label %u14.ibox_done

u14.ibox_table:                                   ; preds = %u14.ibox_small
  %off607 = mul i64 %biased603, 32
  %fd608 = getelementptr i8, ptr %p605, i64 %off607
  %rc609 = load i64, ptr %fd608, align 4
  %rc1610 = add i64 %rc609, 1
  store i64 %rc1610, ptr %fd608, align 4
  br label %u14.ibox_done

u14.ibox_init:                                    ; preds = %u14.ibox_alloc
  %neg618 = icmp slt i64 %imul, 0
  %minus619 = sub i64 0, %imul
  %mag620 = select i1 %neg618, i64 %minus619, i64 %imul
  %two621 = icmp ugt i64 %mag620, 1073741823
  %ndigits622 = select i1 %two621, i64 2, i64 1
  %minus_n623 = sub i64 0, %ndigits622
  %size624 = select i1 %neg618, i64 %minus_n623, i64 %ndigits622
  %d0625 = and i64 %mag620, 1073741823
  %d1626 = lshr i64 %mag620, 30
  store i64 1, ptr %c616, align 4
  %f627 = getelementptr i8, ptr %c616, i64 8
  store ptr @PyLong_Type, ptr %f627, align 8
  %f628 = getelementptr i8, ptr %c616, i64 16
  store i64 %size624, ptr %f628, align 4
  %digit629 = trunc i64 %d0625 to i32
  %f630 = getelementptr i8, ptr %c616, i64 24
  store i32 %digit629, ptr %f630, align 4
  %digit631 = trunc i64 %d1626 to i32
  %f632 = getelementptr i8, ptr %c616, i64 28
  store i32 %digit631, ptr %f632, align 4
  br label %u14.ibox_done

u14.fbox_done:                                    ; preds = %u14.unboxed_floats
  %fbox640 = phi ptr [ %c639, %u14.unboxed_floats ]
  br label %u14.num_done

u14.boxed_paths_unused:                           ; No predecessors!
  %f645 = getelementptr i8, ptr %v520, i64 8
  %p646 = load ptr, ptr %f645, align 8
  %f647 = getelementptr i8, ptr %p642, i64 8
  %p648 = load ptr, ptr %f647, align 8
  %a649 = ptrtoint ptr %p646 to i64
  %eq650 = icmp eq i64 %a649, ptrtoint (ptr @PyLong_Type to i64)
  %a651 = ptrtoint ptr %p648 to i64
  %eq652 = icmp eq i64 %a651, ptrtoint (ptr @PyLong_Type to i64)
  %both653 = and i1 %eq650, %eq652
  br i1 %both653, label %u14.int_test, label %u14.float_check

u14.int_test:                                     ; preds = %u14.boxed_paths_unused
  %f654 = getelementptr i8, ptr %v520, i64 16
  %size655 = load i64, ptr %f654, align 4
  %size2656 = add i64 %size655, 2
  %compact657 = icmp ule i64 %size2656, 4
  %f658 = getelementptr i8, ptr %v520, i64 24
  %digit0659 = load i32, ptr %f658, align 4
  %digit0660 = zext i32 %digit0659 to i64
  %f661 = getelementptr i8, ptr %v520, i64 28
  %digit1662 = load i32, ptr %f661, align 4
  %digit1663 = zext i32 %digit1662 to i64
  %negative664 = icmp slt i64 %size655, 0
  %neg_size665 = sub i64 0, %size655
  %ndigits666 = select i1 %negative664, i64 %neg_size665, i64 %size655
  %two667 = icmp eq i64 %ndigits666, 2
  %hi668 = shl i64 %digit1663, 30
  %hi2669 = select i1 %two667, i64 %hi668, i64 0
  %mag670 = add i64 %digit0660, %hi2669
  %zero671 = icmp eq i64 %size655, 0
  %mag0672 = select i1 %zero671, i64 0, i64 %mag670
  %neg_mag673 = sub i64 0, %mag0672
  %ival674 = select i1 %negative664, i64 %neg_mag673, i64 %mag0672
  %f675 = getelementptr i8, ptr %p642, i64 16
  %size676 = load i64, ptr %f675, align 4
  %size2677 = add i64 %size676, 2
  %compact678 = icmp ule i64 %size2677, 4
  %f679 = getelementptr i8, ptr %p642, i64 24
  %digit0680 = load i32, ptr %f679, align 4
  %digit0681 = zext i32 %digit0680 to i64
  %f682 = getelementptr i8, ptr %p642, i64 28
  %digit1683 = load i32, ptr %f682, align 4
  %digit1684 = zext i32 %digit1683 to i64
  %negative685 = icmp slt i64 %size676, 0
  %neg_size686 = sub i64 0, %size676
  %ndigits687 = select i1 %negative685, i64 %neg_size686, i64 %size676
  %two688 = icmp eq i64 %ndigits687, 2
  %hi689 = shl i64 %digit1684, 30
  %hi2690 = select i1 %two688, i64 %hi689, i64 0
  %mag691 = add i64 %digit0681, %hi2690
  %zero692 = icmp eq i64 %size676, 0
  %mag0693 = select i1 %zero692, i64 0, i64 %mag691
  %neg_mag694 = sub i64 0, %mag0693
  %ival695 = select i1 %negative685, i64 %neg_mag694, i64 %mag0693
  %compact696 = and i1 %compact657, %compact678
  br i1 %compact696, label %u14.int_fast, label %u14.num_slow, !prof !1

u14.float_check:                                  ; preds = %u14.boxed_paths_unused
  %f743 = getelementptr i8, ptr %v520, i64 8
  %p744 = load ptr, ptr %f743, align 8
  %f745 = getelementptr i8, ptr %p642, i64 8
  %p746 = load ptr, ptr %f745, align 8
  %a747 = ptrtoint ptr %p744 to i64
  %eq748 = icmp eq i64 %a747, ptrtoint (ptr @PyFloat_Type to i64)
  %a749 = ptrtoint ptr %p746 to i64
  %eq750 = icmp eq i64 %a749, ptrtoint (ptr @PyFloat_Type to i64)
  %both751 = and i1 %eq748, %eq750
  br i1 %both751, label %u14.float_fast, label %u14.mixed_check, !prof !1

u14.int_fast:                                     ; preds = %u14.int_test
  %bias697 = add i64 %ival674, 2147483648
  %small698 = icmp ult i64 %bias697, 4294967296
  %bias699 = add i64 %ival695, 2147483648
  %small700 = icmp ult i64 %bias699, 4294967296
  %both_small701 = and i1 %small698, %small700
  br i1 %both_small701, label %u14.imul_ok702, label %u14.num_slow, !prof !1

u14.imul_ok702:                                   ; preds = %u14.int_fast
  %imul703 = mul nsw i64 %ival674, %ival695
  %biased709 = sub i64 %imul703, -5
  %is_small710 = icmp ult i64 %biased709, 262
  br i1 %is_small710, label %u14.ibox_small705, label %u14.ibox_not_small706

u14.ibox_done704:                                 ; preds = %u14.ibox_call708, %u14.ibox_init725, %u14.ibox_table713
  %int_box742 = phi ptr [ %fd715, %u14.ibox_table713 ], [ %c723, %u14.ibox_init725 ], [ %c741, %u14.ibox_call708 ]
  br label %u14.num_done

u14.ibox_small705:                                ; preds = %u14.imul_ok702
  %p711 = load ptr, ptr @rjit_small_ints, align 8
  %have_table712 = icmp ne ptr %p711, null
  br i1 %have_table712, label %u14.ibox_table713, label %u14.ibox_call708, !prof !1

u14.ibox_not_small706:                            ; preds = %u14.imul_ok702
  %shifted718 = add i64 %imul703, 1152921504606846975
  %fits719 = icmp ult i64 %shifted718, 2305843009213693951
  %i720 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced721 = icmp eq i32 %i720, 0
  %inline722 = and i1 %fits719, %untraced721
  br i1 %inline722, label %u14.ibox_alloc707, label %u14.ibox_call708, !prof !1

u14.ibox_alloc707:                                ; preds = %u14.ibox_not_small706
  %c723 = call ptr @PyObject_Malloc(i64 32)
  %allocated724 = icmp ne ptr %c723, null
  br i1 %allocated724, label %u14.ibox_init725, label %u14.ibox_call708, !prof !1

u14.ibox_call708:                                 ; preds = %u14.ibox_alloc707, %u14.ibox_not_small706, %u14.ibox_small705
  %c741 = call ptr @PyLong_FromLongLong(i64 %imul703)
  br label %u14.ibox_done704

u14.ibox_table713:                                ; preds = %u14.ibox_small705
  %off714 = mul i64 %biased709, 32
  %fd715 = getelementptr i8, ptr %p711, i64 %off714
  %rc716 = load i64, ptr %fd715, align 4
  %rc1717 = add i64 %rc716, 1
  store i64 %rc1717, ptr %fd715, align 4
  br label %u14.ibox_done704

u14.ibox_init725:                                 ; preds = %u14.ibox_alloc707
  %neg726 = icmp slt i64 %imul703, 0
  %minus727 = sub i64 0, %imul703
  %mag728 = select i1 %neg726, i64 %minus727, i64 %imul703
  %two729 = icmp ugt i64 %mag728, 1073741823
  %ndigits730 = select i1 %two729, i64 2, i64 1
  %minus_n731 = sub i64 0, %ndigits730
  %size732 = select i1 %neg726, i64 %minus_n731, i64 %ndigits730
  %d0733 = and i64 %mag728, 1073741823
  %d1734 = lshr i64 %mag728, 30
  store i64 1, ptr %c723, align 4
  %f735 = getelementptr i8, ptr %c723, i64 8
  store ptr @PyLong_Type, ptr %f735, align 8
  %f736 = getelementptr i8, ptr %c723, i64 16
  store i64 %size732, ptr %f736, align 4
  %digit737 = trunc i64 %d0733 to i32
  %f738 = getelementptr i8, ptr %c723, i64 24
  store i32 %digit737, ptr %f738, align 4
  %digit739 = trunc i64 %d1734 to i32
  %f740 = getelementptr i8, ptr %c723, i64 28
  store i32 %digit739, ptr %f740, align 4
  br label %u14.ibox_done704

u14.float_fast:                                   ; preds = %u14.float_check
  %f752 = getelementptr i8, ptr %v520, i64 16
  %fval753 = load double, ptr %f752, align 8
  %f754 = getelementptr i8, ptr %p642, i64 16
  %fval755 = load double, ptr %f754, align 8
  %fmul756 = fmul double %fval753, %fval755
  %rc758 = load i64, ptr %p642, align 4
  %only759 = icmp eq i64 %rc758, 1
  br i1 %only759, label %u14.fbox_operand, label %u14.fbox_next

u14.mixed_check:                                  ; preds = %u14.float_check
  %f765 = getelementptr i8, ptr %v520, i64 8
  %p766 = load ptr, ptr %f765, align 8
  %a767 = ptrtoint ptr %p766 to i64
  %eq768 = icmp eq i64 %a767, ptrtoint (ptr @PyFloat_Type to i64)
  %a769 = ptrtoint ptr %p766 to i64
  %eq770 = icmp eq i64 %a769, ptrtoint (ptr @PyLong_Type to i64)
  %f771 = getelementptr i8, ptr %p642, i64 8
  %p772 = load ptr, ptr %f771, align 8
  %a773 = ptrtoint ptr %p772 to i64
  %eq774 = icmp eq i64 %a773, ptrtoint (ptr @PyFloat_Type to i64)
  %a775 = ptrtoint ptr %p772 to i64
  %eq776 = icmp eq i64 %a775, ptrtoint (ptr @PyLong_Type to i64)
  %float_first777 = and i1 %eq768, %eq776
  %int_first778 = and i1 %eq770, %eq774
  %mixed779 = or i1 %float_first777, %int_first778
  br i1 %mixed779, label %u14.mixed, label %u14.num_slow, !prof !1

u14.fbox_done757:                                 ; preds = %u14.fbox_next, %u14.fbox_operand
  %fbox764 = phi ptr [ %p642, %u14.fbox_operand ], [ %c763, %u14.fbox_next ]
  br label %u14.num_done

u14.fbox_operand:                                 ; preds = %u14.float_fast
  %f760 = getelementptr i8, ptr %p642, i64 16
  store double %fmul756, ptr %f760, align 8
  %rc761 = load i64, ptr %p642, align 4
  %rc1762 = add i64 %rc761, 1
  store i64 %rc1762, ptr %p642, align 4
  br label %u14.fbox_done757

u14.fbox_next:                                    ; preds = %u14.float_fast
  %c763 = call ptr @PyFloat_FromDouble(double %fmul756)
  br label %u14.fbox_done757

u14.mixed:                                        ; preds = %u14.mixed_check
  %int_operand780 = select i1 %float_first777, ptr %p642, ptr %v520
  %float_operand781 = select i1 %float_first777, ptr %v520, ptr %p642
  %f782 = getelementptr i8, ptr %int_operand780, i64 16
  %size783 = load i64, ptr %f782, align 4
  %size2784 = add i64 %size783, 2
  %compact785 = icmp ule i64 %size2784, 4
  %f786 = getelementptr i8, ptr %int_operand780, i64 24
  %digit0787 = load i32, ptr %f786, align 4
  %digit0788 = zext i32 %digit0787 to i64
  %f789 = getelementptr i8, ptr %int_operand780, i64 28
  %digit1790 = load i32, ptr %f789, align 4
  %digit1791 = zext i32 %digit1790 to i64
  %negative792 = icmp slt i64 %size783, 0
  %neg_size793 = sub i64 0, %size783
  %ndigits794 = select i1 %negative792, i64 %neg_size793, i64 %size783
  %two795 = icmp eq i64 %ndigits794, 2
  %hi796 = shl i64 %digit1791, 30
  %hi2797 = select i1 %two795, i64 %hi796, i64 0
  %mag798 = add i64 %digit0788, %hi2797
  %zero799 = icmp eq i64 %size783, 0
  %mag0800 = select i1 %zero799, i64 0, i64 %mag798
  %neg_mag801 = sub i64 0, %mag0800
  %ival802 = select i1 %negative792, i64 %neg_mag801, i64 %mag0800
  br i1 %compact785, label %u14.mixed_fast, label %u14.num_slow, !prof !1

u14.mixed_fast:                                   ; preds = %u14.mixed
  %itof803 = sitofp i64 %ival802 to double
  %f804 = getelementptr i8, ptr %float_operand781, i64 16
  %fval805 = load double, ptr %f804, align 8
  %x806 = select i1 %float_first777, double %fval805, double %itof803
  %y807 = select i1 %float_first777, double %itof803, double %fval805
  %fmul808 = fmul double %x806, %y807
  br label %u14.float_result

u14.fbox_done810:                                 ; preds = %u14.fbox_next819, %u14.fbox_operand818
  %fbox824 = phi ptr [ %p642, %u14.fbox_operand818 ], [ %c823, %u14.fbox_next819 ]
  br label %u14.num_done

u14.fbox_operand818:                              ; preds = %u14.float_result
  %f820 = getelementptr i8, ptr %p642, i64 16
  store double %fres809, ptr %f820, align 8
  %rc821 = load i64, ptr %p642, align 4
  %rc1822 = add i64 %rc821, 1
  store i64 %rc1822, ptr %p642, align 4
  br label %u14.fbox_done810

u14.fbox_next819:                                 ; preds = %u14.float_result
  %c823 = call ptr @PyFloat_FromDouble(double %fres809)
  br label %u14.fbox_done810

u14.operator_dunder:                              ; preds = %u14.num_slow
  %c831 = call ptr @rjit_binary_dunder(ptr %0, ptr %v520, ptr %p642, i32 5)
  br label %u14.operator_done

u14.operator_c:                                   ; preds = %u14.num_slow
  %c832 = call ptr @PyNumber_Multiply(ptr %v520, ptr %p642)
  br label %u14.operator_done

u14.operator_done:                                ; preds = %u14.operator_c, %u14.operator_dunder
  %number833 = phi ptr [ %c831, %u14.operator_dunder ], [ %c832, %u14.operator_c ]
  br label %u14.num_done

u14.xdec:                                         ; preds = %u14.num_done
  %rc837 = load i64, ptr %v835, align 4
  %rc1838 = sub i64 %rc837, 1
  store i64 %rc1838, ptr %v835, align 4
  %dead839 = icmp eq i64 %rc1838, 0
  br i1 %dead839, label %u14.dealloc, label %u14.cont840, !prof !0

u14.cont:                                         ; preds = %u14.cont840, %u14.num_done
  %isnull842 = icmp eq ptr %res834, null
  br i1 %isnull842, label %u14.error, label %u14.ok, !prof !0

u14.dealloc:                                      ; preds = %u14.xdec
  call void @_Py_Dealloc(ptr %v835)
  br label %u14.cont840

u14.cont840:                                      ; preds = %u14.dealloc, %u14.xdec
  br label %u14.cont

u14.error:                                        ; preds = %u14.cont
  %c841 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 14, i32 0, i32 1)
  ret ptr %c841

u14.ok:                                           ; preds = %u14.cont
  store ptr %res834, ptr %s0, align 8
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
