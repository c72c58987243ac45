# test: llvm-ir
def f(a, b, c):
    return a * b + c
# run: f(1.5, 2.0, 0.25)
# run: f(2, 3, 1.5)
# run: f(2, 3, 4)
# run: f("x", 2, "y")
# run: f(1e308, 10.0, -1e308)
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyLong_Type = external global i8
@PyFloat_Type = external global i8
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
  %f3 = getelementptr i8, ptr %2, i64 8
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
  %f19 = getelementptr i8, ptr %1, i64 80
  %local20 = load ptr, ptr %f19, align 8
  store ptr %local20, ptr %s1, align 8
  br label %i3

i3:                                               ; preds = %i2
  %v = load ptr, ptr %s1, align 8
  %v21 = load ptr, ptr %s0, align 8
  %f22 = getelementptr i8, ptr %f2, i64 6
  %f23 = getelementptr i8, ptr %1, i64 56
  store ptr %f22, ptr %f23, align 8
  %f24 = getelementptr i8, ptr %v21, i64 8
  %p25 = load ptr, ptr %f24, align 8
  %f26 = getelementptr i8, ptr %v, i64 8
  %p27 = load ptr, ptr %f26, align 8
  %a = ptrtoint ptr %p25 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a28 = ptrtoint ptr %p27 to i64
  %eq29 = icmp eq i64 %a28, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq29
  br i1 %both, label %u3.int_test, label %u3.float_check

i5:                                               ; preds = %u3.num_out
  %f118 = getelementptr i8, ptr %1, i64 88
  %local119 = load ptr, ptr %f118, align 8
  store ptr %local119, ptr %s1, align 8
  br label %i6

i6:                                               ; preds = %i5
  %v120 = load ptr, ptr %s1, align 8
  %v121 = load ptr, ptr %s0, align 8
  %ukind122 = load i8, ptr %k0, align 1
  %uf123 = load double, ptr %f0, align 8
  %ui124 = load i64, ptr %n0, align 4
  %f125 = getelementptr i8, ptr %f2, i64 12
  %f126 = getelementptr i8, ptr %1, i64 56
  store ptr %f125, ptr %f126, align 8
  %is_float = icmp eq i8 %ukind122, 1
  br i1 %is_float, label %u6.view, label %u6.view_not_float, !prof !1

i8:                                               ; preds = %u6.ok
  %v453 = load ptr, ptr %s0, align 8
  %f454 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f454, align 4
  %f455 = getelementptr i8, ptr %f2, i64 16
  %f456 = getelementptr i8, ptr %1, i64 56
  store ptr %f455, ptr %f456, align 8
  %f457 = getelementptr i8, ptr %0, i64 56
  %p458 = load ptr, ptr %f457, align 8
  %f459 = getelementptr i8, ptr %1, i64 48
  %p460 = load ptr, ptr %f459, align 8
  %f461 = getelementptr i8, ptr %p458, i64 8
  store ptr %p460, ptr %f461, align 8
  %f462 = getelementptr i8, ptr %0, i64 32
  %rem463 = load i32, ptr %f462, align 4
  %rem1464 = add i32 %rem463, 1
  store i32 %rem1464, ptr %f462, align 4
  ret ptr %v453

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

u3.num_done:                                      ; preds = %u3.operator_done
  %res = phi ptr [ %number, %u3.operator_done ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %u3.error, label %u3.ok, !prof !0

u3.num_slow:                                      ; preds = %u3.int_value93, %u3.mixed_check, %u3.int_fast, %u3.int_value44
  %f109 = getelementptr i8, ptr %v21, i64 8
  %p110 = load ptr, ptr %f109, align 8
  %f111 = getelementptr i8, ptr %p110, i64 168
  %i = load i64, ptr %f111, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u3.operator_dunder, label %u3.operator_c

u3.unboxed_result:                                ; preds = %u3.mixed_fast, %u3.float_fast, %u3.imul_ok
  %ukind = phi i8 [ 2, %u3.imul_ok ], [ 1, %u3.float_fast ], [ 1, %u3.mixed_fast ]
  %uf = phi double [ 0.000000e+00, %u3.imul_ok ], [ %fmul, %u3.float_fast ], [ %fmul108, %u3.mixed_fast ]
  %ui = phi i64 [ %imul, %u3.imul_ok ], [ 0, %u3.float_fast ], [ 0, %u3.mixed_fast ]
  br label %u3.num_out

u3.int_test:                                      ; preds = %i3
  %f30 = getelementptr i8, ptr %v21, i64 16
  %size = load i64, ptr %f30, align 4
  %size1 = add i64 %size, 1
  %one_digit = icmp ule i64 %size1, 2
  %f31 = getelementptr i8, ptr %v21, i64 24
  %digit0 = load i32, ptr %f31, align 4
  %digit032 = zext i32 %digit0 to i64
  %ival1 = mul i64 %size, %digit032
  br i1 %one_digit, label %u3.int_value, label %u3.int_two_digits, !prof !1

u3.float_check:                                   ; preds = %i3
  %f60 = getelementptr i8, ptr %v21, i64 8
  %p61 = load ptr, ptr %f60, align 8
  %f62 = getelementptr i8, ptr %v, i64 8
  %p63 = load ptr, ptr %f62, align 8
  %a64 = ptrtoint ptr %p61 to i64
  %eq65 = icmp eq i64 %a64, ptrtoint (ptr @PyFloat_Type to i64)
  %a66 = ptrtoint ptr %p63 to i64
  %eq67 = icmp eq i64 %a66, ptrtoint (ptr @PyFloat_Type to i64)
  %both68 = and i1 %eq65, %eq67
  br i1 %both68, label %u3.float_fast, label %u3.mixed_check, !prof !1

u3.int_two_digits:                                ; preds = %u3.int_test
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  %f33 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f33, align 4
  %digit134 = zext i32 %digit1 to i64
  %hi = shl i64 %digit134, 30
  %mag = add i64 %digit032, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u3.int_value

u3.int_value:                                     ; preds = %u3.int_two_digits, %u3.int_test
  %compact = phi i1 [ true, %u3.int_test ], [ %two_digits, %u3.int_two_digits ]
  %ival = phi i64 [ %ival1, %u3.int_test ], [ %ival2, %u3.int_two_digits ]
  %f35 = getelementptr i8, ptr %v, i64 16
  %size36 = load i64, ptr %f35, align 4
  %size137 = add i64 %size36, 1
  %one_digit38 = icmp ule i64 %size137, 2
  %f39 = getelementptr i8, ptr %v, i64 24
  %digit040 = load i32, ptr %f39, align 4
  %digit041 = zext i32 %digit040 to i64
  %ival142 = mul i64 %size36, %digit041
  br i1 %one_digit38, label %u3.int_value44, label %u3.int_two_digits43, !prof !1

u3.int_two_digits43:                              ; preds = %u3.int_value
  %size245 = add i64 %size36, 2
  %two_digits46 = icmp ule i64 %size245, 4
  %f47 = getelementptr i8, ptr %v, i64 28
  %digit148 = load i32, ptr %f47, align 4
  %digit149 = zext i32 %digit148 to i64
  %hi50 = shl i64 %digit149, 30
  %mag51 = add i64 %digit041, %hi50
  %negative52 = icmp slt i64 %size36, 0
  %neg_mag53 = sub i64 0, %mag51
  %ival254 = select i1 %negative52, i64 %neg_mag53, i64 %mag51
  br label %u3.int_value44

u3.int_value44:                                   ; preds = %u3.int_two_digits43, %u3.int_value
  %compact55 = phi i1 [ true, %u3.int_value ], [ %two_digits46, %u3.int_two_digits43 ]
  %ival56 = phi i64 [ %ival142, %u3.int_value ], [ %ival254, %u3.int_two_digits43 ]
  %compact57 = and i1 %compact, %compact55
  br i1 %compact57, label %u3.int_fast, label %u3.num_slow, !prof !1

u3.int_fast:                                      ; preds = %u3.int_value44
  %bias = add i64 %ival, 2147483648
  %small = icmp ult i64 %bias, 4294967296
  %bias58 = add i64 %ival56, 2147483648
  %small59 = icmp ult i64 %bias58, 4294967296
  %both_small = and i1 %small, %small59
  br i1 %both_small, label %u3.imul_ok, label %u3.num_slow, !prof !1

u3.imul_ok:                                       ; preds = %u3.int_fast
  %imul = mul nsw i64 %ival, %ival56
  br label %u3.unboxed_result

u3.float_fast:                                    ; preds = %u3.float_check
  %f69 = getelementptr i8, ptr %v21, i64 16
  %fval = load double, ptr %f69, align 8
  %f70 = getelementptr i8, ptr %v, i64 16
  %fval71 = load double, ptr %f70, align 8
  %fmul = fmul double %fval, %fval71
  br label %u3.unboxed_result

u3.mixed_check:                                   ; preds = %u3.float_check
  %f72 = getelementptr i8, ptr %v21, i64 8
  %p73 = load ptr, ptr %f72, align 8
  %a74 = ptrtoint ptr %p73 to i64
  %eq75 = icmp eq i64 %a74, ptrtoint (ptr @PyFloat_Type to i64)
  %a76 = ptrtoint ptr %p73 to i64
  %eq77 = icmp eq i64 %a76, ptrtoint (ptr @PyLong_Type to i64)
  %f78 = getelementptr i8, ptr %v, i64 8
  %p79 = load ptr, ptr %f78, align 8
  %a80 = ptrtoint ptr %p79 to i64
  %eq81 = icmp eq i64 %a80, ptrtoint (ptr @PyFloat_Type to i64)
  %a82 = ptrtoint ptr %p79 to i64
  %eq83 = icmp eq i64 %a82, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq75, %eq83
  %int_first = and i1 %eq77, %eq81
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u3.mixed, label %u3.num_slow, !prof !1

u3.mixed:                                         ; preds = %u3.mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v21
  %float_operand = select i1 %float_first, ptr %v21, ptr %v
  %f84 = getelementptr i8, ptr %int_operand, i64 16
  %size85 = load i64, ptr %f84, align 4
  %size186 = add i64 %size85, 1
  %one_digit87 = icmp ule i64 %size186, 2
  %f88 = getelementptr i8, ptr %int_operand, i64 24
  %digit089 = load i32, ptr %f88, align 4
  %digit090 = zext i32 %digit089 to i64
  %ival191 = mul i64 %size85, %digit090
  br i1 %one_digit87, label %u3.int_value93, label %u3.int_two_digits92, !prof !1

u3.int_two_digits92:                              ; preds = %u3.mixed
  %size294 = add i64 %size85, 2
  %two_digits95 = icmp ule i64 %size294, 4
  %f96 = getelementptr i8, ptr %int_operand, i64 28
  %digit197 = load i32, ptr %f96, align 4
  %digit198 = zext i32 %digit197 to i64
  %hi99 = shl i64 %digit198, 30
  %mag100 = add i64 %digit090, %hi99
  %negative101 = icmp slt i64 %size85, 0
  %neg_mag102 = sub i64 0, %mag100
  %ival2103 = select i1 %negative101, i64 %neg_mag102, i64 %mag100
  br label %u3.int_value93

u3.int_value93:                                   ; preds = %u3.int_two_digits92, %u3.mixed
  %compact104 = phi i1 [ true, %u3.mixed ], [ %two_digits95, %u3.int_two_digits92 ]
  %ival105 = phi i64 [ %ival191, %u3.mixed ], [ %ival2103, %u3.int_two_digits92 ]
  br i1 %compact104, label %u3.mixed_fast, label %u3.num_slow, !prof !1

u3.mixed_fast:                                    ; preds = %u3.int_value93
  %itof = sitofp i64 %ival105 to double
  %f106 = getelementptr i8, ptr %float_operand, i64 16
  %fval107 = load double, ptr %f106, align 8
  %x = select i1 %float_first, double %fval107, double %itof
  %y = select i1 %float_first, double %itof, double %fval107
  %fmul108 = fmul double %x, %y
  br label %u3.unboxed_result

u3.operator_dunder:                               ; preds = %u3.num_slow
  %c112 = call ptr @rjit_binary_dunder(ptr %0, ptr %v21, ptr %v, i32 5)
  br label %u3.operator_done

u3.operator_c:                                    ; preds = %u3.num_slow
  %c113 = call ptr @PyNumber_Multiply(ptr %v21, ptr %v)
  br label %u3.operator_done

u3.operator_done:                                 ; preds = %u3.operator_c, %u3.operator_dunder
  %number = phi ptr [ %c112, %u3.operator_dunder ], [ %c113, %u3.operator_c ]
  br label %u3.num_done

u3.error:                                         ; preds = %u3.num_done
  %c114 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c114

u3.ok:                                            ; preds = %u3.num_done
  br label %u3.num_out

u3.num_out:                                       ; preds = %u3.unboxed_result, %u3.ok
  %uobj = phi ptr [ %res, %u3.ok ], [ null, %u3.unboxed_result ]
  %ukind115 = phi i8 [ 0, %u3.ok ], [ %ukind, %u3.unboxed_result ]
  %uf116 = phi double [ 0.000000e+00, %u3.ok ], [ %uf, %u3.unboxed_result ]
  %ui117 = phi i64 [ 0, %u3.ok ], [ %ui, %u3.unboxed_result ]
  store i8 %ukind115, ptr %k0, align 1
  store double %uf116, ptr %f0, align 8
  store i64 %ui117, ptr %n0, align 4
  store ptr %uobj, ptr %s0, align 8
  br label %i5

u6.num_done:                                      ; preds = %u6.operator_done, %u6.fbox_done419, %u6.fbox_done367, %u6.ibox_done314, %u6.fbox_done, %u6.ibox_done
  %res442 = phi ptr [ %int_box, %u6.ibox_done ], [ %fbox, %u6.fbox_done ], [ %int_box352, %u6.ibox_done314 ], [ %fbox373, %u6.fbox_done367 ], [ %fbox432, %u6.fbox_done419 ], [ %number441, %u6.operator_done ]
  %v443 = load ptr, ptr %s0, align 8
  %isnull444 = icmp eq ptr %v443, null
  br i1 %isnull444, label %u6.cont446, label %u6.xdec445

u6.num_slow:                                      ; preds = %u6.int_value400, %u6.mixed_check, %u6.int_value299
  %f433 = getelementptr i8, ptr %materialized, i64 8
  %p434 = load ptr, ptr %f433, align 8
  %f435 = getelementptr i8, ptr %p434, i64 168
  %i436 = load i64, ptr %f435, align 4
  %heap437 = and i64 %i436, 512
  %is_heap438 = icmp ne i64 %heap437, 0
  br i1 %is_heap438, label %u6.operator_dunder, label %u6.operator_c

u6.float_result:                                  ; preds = %u6.mixed_fast
  %fres = phi double [ %fadd418, %u6.mixed_fast ]
  %rc420 = load i64, ptr %materialized, align 4
  %only421 = icmp eq i64 %rc420, 1
  %f422 = getelementptr i8, ptr %materialized, i64 8
  %p423 = load ptr, ptr %f422, align 8
  %a424 = ptrtoint ptr %p423 to i64
  %eq425 = icmp eq i64 %a424, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only421, %eq425
  br i1 %only_float, label %u6.fbox_operand426, label %u6.fbox_next427

u6.box_operands:                                  ; preds = %u6.int_value179, %u6.view_long164, %u6.int_value, %u6.view_long, %u6.view_int
  %is_object = icmp eq i8 %ukind122, 0
  br i1 %is_object, label %u6.boxed, label %u6.box_unboxed

u6.view:                                          ; preds = %u6.view_compact157, %u6.view_float, %u6.view_compact, %i6
  %vkind = phi i8 [ 1, %i6 ], [ 2, %u6.view_compact ], [ 1, %u6.view_float ], [ 2, %u6.view_compact157 ]
  %vf = phi double [ %uf123, %i6 ], [ 0.000000e+00, %u6.view_compact ], [ %fval134, %u6.view_float ], [ 0.000000e+00, %u6.view_compact157 ]
  %vi = phi i64 [ 0, %i6 ], [ %ui124, %u6.view_compact ], [ 0, %u6.view_float ], [ %ival156, %u6.view_compact157 ]
  %f159 = getelementptr i8, ptr %v120, i64 8
  %p160 = load ptr, ptr %f159, align 8
  %a161 = ptrtoint ptr %p160 to i64
  %eq162 = icmp eq i64 %a161, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq162, label %u6.view_float163, label %u6.view_long164

u6.view_not_float:                                ; preds = %i6
  %is_int = icmp eq i8 %ukind122, 2
  br i1 %is_int, label %u6.view_int, label %u6.view_object

u6.view_int:                                      ; preds = %u6.view_not_float
  %bias127 = add i64 %ui124, 1152921504606846976
  %compact128 = icmp ult i64 %bias127, 2305843009213693952
  br i1 %compact128, label %u6.view_compact, label %u6.box_operands, !prof !1

u6.view_object:                                   ; preds = %u6.view_not_float
  %f129 = getelementptr i8, ptr %v121, i64 8
  %p130 = load ptr, ptr %f129, align 8
  %a131 = ptrtoint ptr %p130 to i64
  %eq132 = icmp eq i64 %a131, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq132, label %u6.view_float, label %u6.view_long

u6.view_compact:                                  ; preds = %u6.view_int
  br label %u6.view

u6.view_float:                                    ; preds = %u6.view_object
  %f133 = getelementptr i8, ptr %v121, i64 16
  %fval134 = load double, ptr %f133, align 8
  br label %u6.view

u6.view_long:                                     ; preds = %u6.view_object
  %a135 = ptrtoint ptr %p130 to i64
  %eq136 = icmp eq i64 %a135, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq136, label %u6.view_is_int, label %u6.box_operands, !prof !1

u6.view_is_int:                                   ; preds = %u6.view_long
  %f137 = getelementptr i8, ptr %v121, i64 16
  %size138 = load i64, ptr %f137, align 4
  %size1139 = add i64 %size138, 1
  %one_digit140 = icmp ule i64 %size1139, 2
  %f141 = getelementptr i8, ptr %v121, i64 24
  %digit0142 = load i32, ptr %f141, align 4
  %digit0143 = zext i32 %digit0142 to i64
  %ival1144 = mul i64 %size138, %digit0143
  br i1 %one_digit140, label %u6.int_value, label %u6.int_two_digits, !prof !1

u6.int_two_digits:                                ; preds = %u6.view_is_int
  %size2145 = add i64 %size138, 2
  %two_digits146 = icmp ule i64 %size2145, 4
  %f147 = getelementptr i8, ptr %v121, i64 28
  %digit1148 = load i32, ptr %f147, align 4
  %digit1149 = zext i32 %digit1148 to i64
  %hi150 = shl i64 %digit1149, 30
  %mag151 = add i64 %digit0143, %hi150
  %negative152 = icmp slt i64 %size138, 0
  %neg_mag153 = sub i64 0, %mag151
  %ival2154 = select i1 %negative152, i64 %neg_mag153, i64 %mag151
  br label %u6.int_value

u6.int_value:                                     ; preds = %u6.int_two_digits, %u6.view_is_int
  %compact155 = phi i1 [ true, %u6.view_is_int ], [ %two_digits146, %u6.int_two_digits ]
  %ival156 = phi i64 [ %ival1144, %u6.view_is_int ], [ %ival2154, %u6.int_two_digits ]
  br i1 %compact155, label %u6.view_compact157, label %u6.box_operands, !prof !1

u6.view_compact157:                               ; preds = %u6.int_value
  br label %u6.view

u6.view158:                                       ; preds = %u6.view_compact193, %u6.view_float163
  %vkind194 = phi i8 [ 1, %u6.view_float163 ], [ 2, %u6.view_compact193 ]
  %vf195 = phi double [ %fval166, %u6.view_float163 ], [ 0.000000e+00, %u6.view_compact193 ]
  %vi196 = phi i64 [ 0, %u6.view_float163 ], [ %ival192, %u6.view_compact193 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind194, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u6.unboxed_ints, label %u6.unboxed_floats

u6.view_float163:                                 ; preds = %u6.view
  %f165 = getelementptr i8, ptr %v120, i64 16
  %fval166 = load double, ptr %f165, align 8
  br label %u6.view158

u6.view_long164:                                  ; preds = %u6.view
  %a167 = ptrtoint ptr %p160 to i64
  %eq168 = icmp eq i64 %a167, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq168, label %u6.view_is_int169, label %u6.box_operands, !prof !1

u6.view_is_int169:                                ; preds = %u6.view_long164
  %f170 = getelementptr i8, ptr %v120, i64 16
  %size171 = load i64, ptr %f170, align 4
  %size1172 = add i64 %size171, 1
  %one_digit173 = icmp ule i64 %size1172, 2
  %f174 = getelementptr i8, ptr %v120, i64 24
  %digit0175 = load i32, ptr %f174, align 4
  %digit0176 = zext i32 %digit0175 to i64
  %ival1177 = mul i64 %size171, %digit0176
  br i1 %one_digit173, label %u6.int_value179, label %u6.int_two_digits178, !prof !1

u6.int_two_digits178:                             ; preds = %u6.view_is_int169
  %size2180 = add i64 %size171, 2
  %two_digits181 = icmp ule i64 %size2180, 4
  %f182 = getelementptr i8, ptr %v120, i64 28
  %digit1183 = load i32, ptr %f182, align 4
  %digit1184 = zext i32 %digit1183 to i64
  %hi185 = shl i64 %digit1184, 30
  %mag186 = add i64 %digit0176, %hi185
  %negative187 = icmp slt i64 %size171, 0
  %neg_mag188 = sub i64 0, %mag186
  %ival2189 = select i1 %negative187, i64 %neg_mag188, i64 %mag186
  br label %u6.int_value179

u6.int_value179:                                  ; preds = %u6.int_two_digits178, %u6.view_is_int169
  %compact190 = phi i1 [ true, %u6.view_is_int169 ], [ %two_digits181, %u6.int_two_digits178 ]
  %ival192 = phi i64 [ %ival1177, %u6.view_is_int169 ], [ %ival2189, %u6.int_two_digits178 ]
  br i1 %compact190, label %u6.view_compact193, label %u6.box_operands, !prof !1

u6.view_compact193:                               ; preds = %u6.int_value179
  br label %u6.view158

u6.unboxed_ints:                                  ; preds = %u6.view158
  %iadd = add nsw i64 %vi, %vi196
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u6.ibox_small, label %u6.ibox_not_small

u6.unboxed_floats:                                ; preds = %u6.view158
  %itof208 = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof208, double %vf
  %itof209 = sitofp i64 %vi196 to double
  %view_f210 = select i1 %rint, double %itof209, double %vf195
  %fadd = fadd double %view_f, %view_f210
  %c211 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u6.fbox_done

u6.ibox_done:                                     ; preds = %u6.ibox_call, %u6.ibox_init, %u6.ibox_table
  %int_box = phi ptr [ %fd, %u6.ibox_table ], [ %c199, %u6.ibox_init ], [ %c207, %u6.ibox_call ]
  br label %u6.num_done

u6.ibox_small:                                    ; preds = %u6.unboxed_ints
  %p197 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p197, null
  br i1 %have_table, label %u6.ibox_table, label %u6.ibox_call, !prof !1

u6.ibox_not_small:                                ; preds = %u6.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i198 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i198, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u6.ibox_alloc, label %u6.ibox_call, !prof !1

u6.ibox_alloc:                                    ; preds = %u6.ibox_not_small
  %c199 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c199, null
  br i1 %allocated, label %u6.ibox_init, label %u6.ibox_call, !prof !1

u6.ibox_call:                                     ; preds = %u6.ibox_alloc, %u6.ibox_not_small, %u6.ibox_small
  %c207 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u6.ibox_done

u6.ibox_table:                                    ; preds = %u6.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p197, i64 %off
  %rc = load i64, ptr %fd, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %fd, align 4
  br label %u6.ibox_done

u6.ibox_init:                                     ; preds = %u6.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag200 = select i1 %neg, i64 %minus, i64 %iadd
  %two = icmp ugt i64 %mag200, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size201 = select i1 %neg, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag200, 1073741823
  %d1 = lshr i64 %mag200, 30
  store i64 1, ptr %c199, align 4
  %f202 = getelementptr i8, ptr %c199, i64 8
  store ptr @PyLong_Type, ptr %f202, align 8
  %f203 = getelementptr i8, ptr %c199, i64 16
  store i64 %size201, ptr %f203, align 4
  %digit = trunc i64 %d0 to i32
  %f204 = getelementptr i8, ptr %c199, i64 24
  store i32 %digit, ptr %f204, align 4
  %digit205 = trunc i64 %d1 to i32
  %f206 = getelementptr i8, ptr %c199, i64 28
  store i32 %digit205, ptr %f206, align 4
  br label %u6.ibox_done

u6.fbox_done:                                     ; preds = %u6.unboxed_floats
  %fbox = phi ptr [ %c211, %u6.unboxed_floats ]
  br label %u6.num_done

u6.box_unboxed:                                   ; preds = %u6.box_operands
  %is_float212 = icmp eq i8 %ukind122, 1
  br i1 %is_float212, label %u6.box_float, label %u6.box_int

u6.boxed:                                         ; preds = %u6.box_ok, %u6.box_operands
  %materialized = phi ptr [ %v121, %u6.box_operands ], [ %box, %u6.box_ok ]
  %f259 = getelementptr i8, ptr %materialized, i64 8
  %p260 = load ptr, ptr %f259, align 8
  %f261 = getelementptr i8, ptr %v120, i64 8
  %p262 = load ptr, ptr %f261, align 8
  %a263 = ptrtoint ptr %p260 to i64
  %eq264 = icmp eq i64 %a263, ptrtoint (ptr @PyLong_Type to i64)
  %a265 = ptrtoint ptr %p262 to i64
  %eq266 = icmp eq i64 %a265, ptrtoint (ptr @PyLong_Type to i64)
  %both267 = and i1 %eq264, %eq266
  br i1 %both267, label %u6.int_test, label %u6.float_check

u6.box_float:                                     ; preds = %u6.box_unboxed
  %c213 = call ptr @PyFloat_FromDouble(double %uf123)
  br label %u6.box_made

u6.box_int:                                       ; preds = %u6.box_unboxed
  %biased219 = sub i64 %ui124, -5
  %is_small220 = icmp ult i64 %biased219, 262
  br i1 %is_small220, label %u6.ibox_small215, label %u6.ibox_not_small216

u6.box_made:                                      ; preds = %u6.ibox_done214, %u6.box_float
  %box = phi ptr [ %c213, %u6.box_float ], [ %int_box252, %u6.ibox_done214 ]
  store ptr %box, ptr %s0, align 8
  %box_failed = icmp eq ptr %box, null
  br i1 %box_failed, label %u6.box_failed, label %u6.box_ok, !prof !0

u6.ibox_done214:                                  ; preds = %u6.ibox_call218, %u6.ibox_init235, %u6.ibox_table223
  %int_box252 = phi ptr [ %fd225, %u6.ibox_table223 ], [ %c233, %u6.ibox_init235 ], [ %c251, %u6.ibox_call218 ]
  br label %u6.box_made

u6.ibox_small215:                                 ; preds = %u6.box_int
  %p221 = load ptr, ptr @rjit_small_ints, align 8
  %have_table222 = icmp ne ptr %p221, null
  br i1 %have_table222, label %u6.ibox_table223, label %u6.ibox_call218, !prof !1

u6.ibox_not_small216:                             ; preds = %u6.box_int
  %shifted228 = add i64 %ui124, 1152921504606846975
  %fits229 = icmp ult i64 %shifted228, 2305843009213693951
  %i230 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced231 = icmp eq i32 %i230, 0
  %inline232 = and i1 %fits229, %untraced231
  br i1 %inline232, label %u6.ibox_alloc217, label %u6.ibox_call218, !prof !1

u6.ibox_alloc217:                                 ; preds = %u6.ibox_not_small216
  %c233 = call ptr @PyObject_Malloc(i64 32)
  %allocated234 = icmp ne ptr %c233, null
  br i1 %allocated234, label %u6.ibox_init235, label %u6.ibox_call218, !prof !1

u6.ibox_call218:                                  ; preds = %u6.ibox_alloc217, %u6.ibox_not_small216, %u6.ibox_small215
  %c251 = call ptr @PyLong_FromLongLong(i64 %ui124)
  br label %u6.ibox_done214

u6.ibox_table223:                                 ; preds = %u6.ibox_small215
  %off224 = mul i64 %biased219, 32
  %fd225 = getelementptr i8, ptr %p221, i64 %off224
  %rc226 = load i64, ptr %fd225, align 4
  %rc1227 = add i64 %rc226, 1
  store i64 %rc1227, ptr %fd225, align 4
  br label %u6.ibox_done214

u6.ibox_init235:                                  ; preds = %u6.ibox_alloc217
  %neg236 = icmp slt i64 %ui124, 0
  %minus237 = sub i64 0, %ui124
  %mag238 = select i1 %neg236, i64 %minus237, i64 %ui124
  %two239 = icmp ugt i64 %mag238, 1073741823
  %ndigits240 = select i1 %two239, i64 2, i64 1
  %minus_n241 = sub i64 0, %ndigits240
  %size242 = select i1 %neg236, i64 %minus_n241, i64 %ndigits240
  %d0243 = and i64 %mag238, 1073741823
  %d1244 = lshr i64 %mag238, 30
  store i64 1, ptr %c233, align 4
  %f245 = getelementptr i8, ptr %c233, i64 8
  store ptr @PyLong_Type, ptr %f245, align 8
  %f246 = getelementptr i8, ptr %c233, i64 16
  store i64 %size242, ptr %f246, align 4
  %digit247 = trunc i64 %d0243 to i32
  %f248 = getelementptr i8, ptr %c233, i64 24
  store i32 %digit247, ptr %f248, align 4
  %digit249 = trunc i64 %d1244 to i32
  %f250 = getelementptr i8, ptr %c233, i64 28
  store i32 %digit249, ptr %f250, align 4
  br label %u6.ibox_done214

u6.box_failed:                                    ; preds = %u6.box_made
  %v253 = load ptr, ptr %s0, align 8
  %isnull254 = icmp eq ptr %v253, null
  br i1 %isnull254, label %u6.cont, label %u6.xdec

u6.box_ok:                                        ; preds = %u6.box_made
  br label %u6.boxed

u6.xdec:                                          ; preds = %u6.box_failed
  %rc255 = load i64, ptr %v253, align 4
  %rc1256 = sub i64 %rc255, 1
  store i64 %rc1256, ptr %v253, align 4
  %dead = icmp eq i64 %rc1256, 0
  br i1 %dead, label %u6.dealloc, label %u6.cont257, !prof !0

u6.cont:                                          ; preds = %u6.cont257, %u6.box_failed
  br label %u6.error

u6.dealloc:                                       ; preds = %u6.xdec
  call void @_Py_Dealloc(ptr %v253)
  br label %u6.cont257

u6.cont257:                                       ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u6.error:                                         ; preds = %u6.cont446, %u6.cont
  %c258 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c258

u6.int_test:                                      ; preds = %u6.boxed
  %f268 = getelementptr i8, ptr %materialized, i64 16
  %size269 = load i64, ptr %f268, align 4
  %size1270 = add i64 %size269, 1
  %one_digit271 = icmp ule i64 %size1270, 2
  %f272 = getelementptr i8, ptr %materialized, i64 24
  %digit0273 = load i32, ptr %f272, align 4
  %digit0274 = zext i32 %digit0273 to i64
  %ival1275 = mul i64 %size269, %digit0274
  br i1 %one_digit271, label %u6.int_value277, label %u6.int_two_digits276, !prof !1

u6.float_check:                                   ; preds = %u6.boxed
  %f353 = getelementptr i8, ptr %materialized, i64 8
  %p354 = load ptr, ptr %f353, align 8
  %f355 = getelementptr i8, ptr %v120, i64 8
  %p356 = load ptr, ptr %f355, align 8
  %a357 = ptrtoint ptr %p354 to i64
  %eq358 = icmp eq i64 %a357, ptrtoint (ptr @PyFloat_Type to i64)
  %a359 = ptrtoint ptr %p356 to i64
  %eq360 = icmp eq i64 %a359, ptrtoint (ptr @PyFloat_Type to i64)
  %both361 = and i1 %eq358, %eq360
  br i1 %both361, label %u6.float_fast, label %u6.mixed_check, !prof !1

u6.int_two_digits276:                             ; preds = %u6.int_test
  %size2278 = add i64 %size269, 2
  %two_digits279 = icmp ule i64 %size2278, 4
  %f280 = getelementptr i8, ptr %materialized, i64 28
  %digit1281 = load i32, ptr %f280, align 4
  %digit1282 = zext i32 %digit1281 to i64
  %hi283 = shl i64 %digit1282, 30
  %mag284 = add i64 %digit0274, %hi283
  %negative285 = icmp slt i64 %size269, 0
  %neg_mag286 = sub i64 0, %mag284
  %ival2287 = select i1 %negative285, i64 %neg_mag286, i64 %mag284
  br label %u6.int_value277

u6.int_value277:                                  ; preds = %u6.int_two_digits276, %u6.int_test
  %compact288 = phi i1 [ true, %u6.int_test ], [ %two_digits279, %u6.int_two_digits276 ]
  %ival289 = phi i64 [ %ival1275, %u6.int_test ], [ %ival2287, %u6.int_two_digits276 ]
  %f290 = getelementptr i8, ptr %v120, i64 16
  %size291 = load i64, ptr %f290, align 4
  %size1292 = add i64 %size291, 1
  %one_digit293 = icmp ule i64 %size1292, 2
  %f294 = getelementptr i8, ptr %v120, i64 24
  %digit0295 = load i32, ptr %f294, align 4
  %digit0296 = zext i32 %digit0295 to i64
  %ival1297 = mul i64 %size291, %digit0296
  br i1 %one_digit293, label %u6.int_value299, label %u6.int_two_digits298, !prof !1

u6.int_two_digits298:                             ; preds = %u6.int_value277
  %size2300 = add i64 %size291, 2
  %two_digits301 = icmp ule i64 %size2300, 4
  %f302 = getelementptr i8, ptr %v120, i64 28
  %digit1303 = load i32, ptr %f302, align 4
  %digit1304 = zext i32 %digit1303 to i64
  %hi305 = shl i64 %digit1304, 30
  %mag306 = add i64 %digit0296, %hi305
  %negative307 = icmp slt i64 %size291, 0
  %neg_mag308 = sub i64 0, %mag306
  %ival2309 = select i1 %negative307, i64 %neg_mag308, i64 %mag306
  br label %u6.int_value299

u6.int_value299:                                  ; preds = %u6.int_two_digits298, %u6.int_value277
  %compact310 = phi i1 [ true, %u6.int_value277 ], [ %two_digits301, %u6.int_two_digits298 ]
  %ival311 = phi i64 [ %ival1297, %u6.int_value277 ], [ %ival2309, %u6.int_two_digits298 ]
  %compact312 = and i1 %compact288, %compact310
  br i1 %compact312, label %u6.int_fast, label %u6.num_slow, !prof !1

u6.int_fast:                                      ; preds = %u6.int_value299
  %iadd313 = add nsw i64 %ival289, %ival311
  %biased319 = sub i64 %iadd313, -5
  %is_small320 = icmp ult i64 %biased319, 262
  br i1 %is_small320, label %u6.ibox_small315, label %u6.ibox_not_small316

u6.ibox_done314:                                  ; preds = %u6.ibox_call318, %u6.ibox_init335, %u6.ibox_table323
  %int_box352 = phi ptr [ %fd325, %u6.ibox_table323 ], [ %c333, %u6.ibox_init335 ], [ %c351, %u6.ibox_call318 ]
  br label %u6.num_done

u6.ibox_small315:                                 ; preds = %u6.int_fast
  %p321 = load ptr, ptr @rjit_small_ints, align 8
  %have_table322 = icmp ne ptr %p321, null
  br i1 %have_table322, label %u6.ibox_table323, label %u6.ibox_call318, !prof !1

u6.ibox_not_small316:                             ; preds = %u6.int_fast
  %shifted328 = add i64 %iadd313, 1152921504606846975
  %fits329 = icmp ult i64 %shifted328, 2305843009213693951
  %i330 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced331 = icmp eq i32 %i330, 0
  %inline332 = and i1 %fits329, %untraced331
  br i1 %inline332, label %u6.ibox_alloc317, label %u6.ibox_call318, !prof !1

u6.ibox_alloc317:                                 ; preds = %u6.ibox_not_small316
  %c333 = call ptr @PyObject_Malloc(i64 32)
  %allocated334 = icmp ne ptr %c333, null
  br i1 %allocated334, label %u6.ibox_init335, label %u6.ibox_call318, !prof !1

u6.ibox_call318:                                  ; preds = %u6.ibox_alloc317, %u6.ibox_not_small316, %u6.ibox_small315
  %c351 = call ptr @PyLong_FromLongLong(i64 %iadd313)
  br label %u6.ibox_done314

u6.ibox_table323:                                 ; preds = %u6.ibox_small315
  %off324 = mul i64 %biased319, 32
  %fd325 = getelementptr i8, ptr %p321, i64 %off324
  %rc326 = load i64, ptr %fd325, align 4
  %rc1327 = add i64 %rc326, 1
  store i64 %rc1327, ptr %fd325, align 4
  br label %u6.ibox_done314

u6.ibox_init335:                                  ; preds = %u6.ibox_alloc317
  %neg336 = icmp slt i64 %iadd313, 0
  %minus337 = sub i64 0, %iadd313
  %mag338 = select i1 %neg336, i64 %minus337, i64 %iadd313
  %two339 = icmp ugt i64 %mag338, 1073741823
  %ndigits340 = select i1 %two339, i64 2, i64 1
  %minus_n341 = sub i64 0, %ndigits340
  %size342 = select i1 %neg336, i64 %minus_n341, i64 %ndigits340
  %d0343 = and i64 %mag338, 1073741823
  %d1344 = lshr i64 %mag338, 30
  store i64 1, ptr %c333, align 4
  %f345 = getelementptr i8, ptr %c333, i64 8
  store ptr @PyLong_Type, ptr %f345, align 8
  %f346 = getelementptr i8, ptr %c333, i64 16
  store i64 %size342, ptr %f346, align 4
  %digit347 = trunc i64 %d0343 to i32
  %f348 = getelementptr i8, ptr %c333, i64 24
  store i32 %digit347, ptr %f348, align 4
  %digit349 = trunc i64 %d1344 to i32
  %f350 = getelementptr i8, ptr %c333, i64 28
  store i32 %digit349, ptr %f350, align 4
  br label %u6.ibox_done314

u6.float_fast:                                    ; preds = %u6.float_check
  %f362 = getelementptr i8, ptr %materialized, i64 16
  %fval363 = load double, ptr %f362, align 8
  %f364 = getelementptr i8, ptr %v120, i64 16
  %fval365 = load double, ptr %f364, align 8
  %fadd366 = fadd double %fval363, %fval365
  %rc368 = load i64, ptr %materialized, align 4
  %only = icmp eq i64 %rc368, 1
  br i1 %only, label %u6.fbox_operand, label %u6.fbox_next

u6.mixed_check:                                   ; preds = %u6.float_check
  %f374 = getelementptr i8, ptr %materialized, i64 8
  %p375 = load ptr, ptr %f374, align 8
  %a376 = ptrtoint ptr %p375 to i64
  %eq377 = icmp eq i64 %a376, ptrtoint (ptr @PyFloat_Type to i64)
  %a378 = ptrtoint ptr %p375 to i64
  %eq379 = icmp eq i64 %a378, ptrtoint (ptr @PyLong_Type to i64)
  %f380 = getelementptr i8, ptr %v120, i64 8
  %p381 = load ptr, ptr %f380, align 8
  %a382 = ptrtoint ptr %p381 to i64
  %eq383 = icmp eq i64 %a382, ptrtoint (ptr @PyFloat_Type to i64)
  %a384 = ptrtoint ptr %p381 to i64
  %eq385 = icmp eq i64 %a384, ptrtoint (ptr @PyLong_Type to i64)
  %float_first386 = and i1 %eq377, %eq385
  %int_first387 = and i1 %eq379, %eq383
  %mixed388 = or i1 %float_first386, %int_first387
  br i1 %mixed388, label %u6.mixed, label %u6.num_slow, !prof !1

u6.fbox_done367:                                  ; preds = %u6.fbox_next, %u6.fbox_operand
  %fbox373 = phi ptr [ %materialized, %u6.fbox_operand ], [ %c372, %u6.fbox_next ]
  br label %u6.num_done

u6.fbox_operand:                                  ; preds = %u6.float_fast
  %f369 = getelementptr i8, ptr %materialized, i64 16
  store double %fadd366, ptr %f369, align 8
  %rc370 = load i64, ptr %materialized, align 4
  %rc1371 = add i64 %rc370, 1
  store i64 %rc1371, ptr %materialized, align 4
  br label %u6.fbox_done367

u6.fbox_next:                                     ; preds = %u6.float_fast
  %c372 = call ptr @PyFloat_FromDouble(double %fadd366)
  br label %u6.fbox_done367

u6.mixed:                                         ; preds = %u6.mixed_check
  %int_operand389 = select i1 %float_first386, ptr %v120, ptr %materialized
  %float_operand390 = select i1 %float_first386, ptr %materialized, ptr %v120
  %f391 = getelementptr i8, ptr %int_operand389, i64 16
  %size392 = load i64, ptr %f391, align 4
  %size1393 = add i64 %size392, 1
  %one_digit394 = icmp ule i64 %size1393, 2
  %f395 = getelementptr i8, ptr %int_operand389, i64 24
  %digit0396 = load i32, ptr %f395, align 4
  %digit0397 = zext i32 %digit0396 to i64
  %ival1398 = mul i64 %size392, %digit0397
  br i1 %one_digit394, label %u6.int_value400, label %u6.int_two_digits399, !prof !1

u6.int_two_digits399:                             ; preds = %u6.mixed
  %size2401 = add i64 %size392, 2
  %two_digits402 = icmp ule i64 %size2401, 4
  %f403 = getelementptr i8, ptr %int_operand389, i64 28
  %digit1404 = load i32, ptr %f403, align 4
  %digit1405 = zext i32 %digit1404 to i64
  %hi406 = shl i64 %digit1405, 30
  %mag407 = add i64 %digit0397, %hi406
  %negative408 = icmp slt i64 %size392, 0
  %neg_mag409 = sub i64 0, %mag407
  %ival2410 = select i1 %negative408, i64 %neg_mag409, i64 %mag407
  br label %u6.int_value400

u6.int_value400:                                  ; preds = %u6.int_two_digits399, %u6.mixed
  %compact411 = phi i1 [ true, %u6.mixed ], [ %two_digits402, %u6.int_two_digits399 ]
  %ival412 = phi i64 [ %ival1398, %u6.mixed ], [ %ival2410, %u6.int_two_digits399 ]
  br i1 %compact411, label %u6.mixed_fast, label %u6.num_slow, !prof !1

u6.mixed_fast:                                    ; preds = %u6.int_value400
  %itof413 = sitofp i64 %ival412 to double
  %f414 = getelementptr i8, ptr %float_operand390, i64 16
  %fval415 = load double, ptr %f414, align 8
  %x416 = select i1 %float_first386, double %fval415, double %itof413
  %y417 = select i1 %float_first386, double %itof413, double %fval415
  %fadd418 = fadd double %x416, %y417
  br label %u6.float_result

u6.fbox_done419:                                  ; preds = %u6.fbox_next427, %u6.fbox_operand426
  %fbox432 = phi ptr [ %materialized, %u6.fbox_operand426 ], [ %c431, %u6.fbox_next427 ]
  br label %u6.num_done

u6.fbox_operand426:                               ; preds = %u6.float_result
  %f428 = getelementptr i8, ptr %materialized, i64 16
  store double %fres, ptr %f428, align 8
  %rc429 = load i64, ptr %materialized, align 4
  %rc1430 = add i64 %rc429, 1
  store i64 %rc1430, ptr %materialized, align 4
  br label %u6.fbox_done419

u6.fbox_next427:                                  ; preds = %u6.float_result
  %c431 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u6.fbox_done419

u6.operator_dunder:                               ; preds = %u6.num_slow
  %c439 = call ptr @rjit_binary_dunder(ptr %0, ptr %materialized, ptr %v120, i32 0)
  br label %u6.operator_done

u6.operator_c:                                    ; preds = %u6.num_slow
  %c440 = call ptr @PyNumber_Add(ptr %materialized, ptr %v120)
  br label %u6.operator_done

u6.operator_done:                                 ; preds = %u6.operator_c, %u6.operator_dunder
  %number441 = phi ptr [ %c439, %u6.operator_dunder ], [ %c440, %u6.operator_c ]
  br label %u6.num_done

u6.xdec445:                                       ; preds = %u6.num_done
  %rc447 = load i64, ptr %v443, align 4
  %rc1448 = sub i64 %rc447, 1
  store i64 %rc1448, ptr %v443, align 4
  %dead449 = icmp eq i64 %rc1448, 0
  br i1 %dead449, label %u6.dealloc450, label %u6.cont451, !prof !0

u6.cont446:                                       ; preds = %u6.cont451, %u6.num_done
  %isnull452 = icmp eq ptr %res442, null
  br i1 %isnull452, label %u6.error, label %u6.ok, !prof !0

u6.dealloc450:                                    ; preds = %u6.xdec445
  call void @_Py_Dealloc(ptr %v443)
  br label %u6.cont451

u6.cont451:                                       ; preds = %u6.dealloc450, %u6.xdec445
  br label %u6.cont446

u6.ok:                                            ; preds = %u6.cont446
  store ptr %res442, ptr %s0, align 8
  br label %i8
}

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Multiply(ptr, ptr)

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare void @_Py_Dealloc(ptr)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
