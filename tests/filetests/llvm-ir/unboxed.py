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
  %f116 = getelementptr i8, ptr %1, i64 88
  %local117 = load ptr, ptr %f116, align 8
  store ptr %local117, ptr %s1, align 8
  br label %i6

i6:                                               ; preds = %i5
  %v118 = load ptr, ptr %s1, align 8
  %v119 = load ptr, ptr %s0, align 8
  %ukind120 = load i8, ptr %k0, align 1
  %uf121 = load double, ptr %f0, align 8
  %ui122 = load i64, ptr %n0, align 4
  %f123 = getelementptr i8, ptr %f2, i64 12
  %f124 = getelementptr i8, ptr %1, i64 56
  store ptr %f123, ptr %f124, align 8
  %is_float = icmp eq i8 %ukind120, 1
  br i1 %is_float, label %u6.view, label %u6.view_not_float, !prof !1

i8:                                               ; preds = %u6.ok
  %v449 = load ptr, ptr %s0, align 8
  %f450 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f450, align 4
  %f451 = getelementptr i8, ptr %f2, i64 16
  %f452 = getelementptr i8, ptr %1, i64 56
  store ptr %f451, ptr %f452, align 8
  %f453 = getelementptr i8, ptr %0, i64 56
  %p454 = load ptr, ptr %f453, align 8
  %f455 = getelementptr i8, ptr %1, i64 48
  %p456 = load ptr, ptr %f455, align 8
  %f457 = getelementptr i8, ptr %p454, i64 8
  store ptr %p456, ptr %f457, align 8
  %f458 = getelementptr i8, ptr %0, i64 32
  %rem459 = load i32, ptr %f458, align 4
  %rem1460 = add i32 %rem459, 1
  store i32 %rem1460, ptr %f458, align 4
  ret ptr %v449

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

u3.num_slow:                                      ; preds = %u3.mixed, %u3.mixed_check, %u3.int_fast, %u3.int_test
  %f107 = getelementptr i8, ptr %v21, i64 8
  %p108 = load ptr, ptr %f107, align 8
  %f109 = getelementptr i8, ptr %p108, i64 168
  %i = load i64, ptr %f109, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u3.operator_dunder, label %u3.operator_c

u3.unboxed_result:                                ; preds = %u3.mixed_fast, %u3.float_fast, %u3.imul_ok
  %ukind = phi i8 [ 2, %u3.imul_ok ], [ 1, %u3.float_fast ], [ 1, %u3.mixed_fast ]
  %uf = phi double [ 0.000000e+00, %u3.imul_ok ], [ %fmul, %u3.float_fast ], [ %fmul106, %u3.mixed_fast ]
  %ui = phi i64 [ %imul, %u3.imul_ok ], [ 0, %u3.float_fast ], [ 0, %u3.mixed_fast ]
  br label %u3.num_out

u3.int_test:                                      ; preds = %i3
  %f30 = getelementptr i8, ptr %v21, i64 16
  %size = load i64, ptr %f30, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f31 = getelementptr i8, ptr %v21, i64 24
  %digit0 = load i32, ptr %f31, align 4
  %digit032 = zext i32 %digit0 to i64
  %f33 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f33, align 4
  %digit134 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit134, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit032, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f35 = getelementptr i8, ptr %v, i64 16
  %size36 = load i64, ptr %f35, align 4
  %size237 = add i64 %size36, 2
  %compact38 = icmp ule i64 %size237, 4
  %f39 = getelementptr i8, ptr %v, i64 24
  %digit040 = load i32, ptr %f39, align 4
  %digit041 = zext i32 %digit040 to i64
  %f42 = getelementptr i8, ptr %v, i64 28
  %digit143 = load i32, ptr %f42, align 4
  %digit144 = zext i32 %digit143 to i64
  %negative45 = icmp slt i64 %size36, 0
  %neg_size46 = sub i64 0, %size36
  %ndigits47 = select i1 %negative45, i64 %neg_size46, i64 %size36
  %two48 = icmp eq i64 %ndigits47, 2
  %hi49 = shl i64 %digit144, 30
  %hi250 = select i1 %two48, i64 %hi49, i64 0
  %mag51 = add i64 %digit041, %hi250
  %zero52 = icmp eq i64 %size36, 0
  %mag053 = select i1 %zero52, i64 0, i64 %mag51
  %neg_mag54 = sub i64 0, %mag053
  %ival55 = select i1 %negative45, i64 %neg_mag54, i64 %mag053
  %compact56 = and i1 %compact, %compact38
  br i1 %compact56, label %u3.int_fast, label %u3.num_slow, !prof !1

u3.float_check:                                   ; preds = %i3
  %f59 = getelementptr i8, ptr %v21, i64 8
  %p60 = load ptr, ptr %f59, align 8
  %f61 = getelementptr i8, ptr %v, i64 8
  %p62 = load ptr, ptr %f61, align 8
  %a63 = ptrtoint ptr %p60 to i64
  %eq64 = icmp eq i64 %a63, ptrtoint (ptr @PyFloat_Type to i64)
  %a65 = ptrtoint ptr %p62 to i64
  %eq66 = icmp eq i64 %a65, ptrtoint (ptr @PyFloat_Type to i64)
  %both67 = and i1 %eq64, %eq66
  br i1 %both67, label %u3.float_fast, label %u3.mixed_check, !prof !1

u3.int_fast:                                      ; preds = %u3.int_test
  %bias = add i64 %ival, 2147483648
  %small = icmp ult i64 %bias, 4294967296
  %bias57 = add i64 %ival55, 2147483648
  %small58 = icmp ult i64 %bias57, 4294967296
  %both_small = and i1 %small, %small58
  br i1 %both_small, label %u3.imul_ok, label %u3.num_slow, !prof !1

u3.imul_ok:                                       ; preds = %u3.int_fast
  %imul = mul nsw i64 %ival, %ival55
  br label %u3.unboxed_result

u3.float_fast:                                    ; preds = %u3.float_check
  %f68 = getelementptr i8, ptr %v21, i64 16
  %fval = load double, ptr %f68, align 8
  %f69 = getelementptr i8, ptr %v, i64 16
  %fval70 = load double, ptr %f69, align 8
  %fmul = fmul double %fval, %fval70
  br label %u3.unboxed_result

u3.mixed_check:                                   ; preds = %u3.float_check
  %f71 = getelementptr i8, ptr %v21, i64 8
  %p72 = load ptr, ptr %f71, align 8
  %a73 = ptrtoint ptr %p72 to i64
  %eq74 = icmp eq i64 %a73, ptrtoint (ptr @PyFloat_Type to i64)
  %a75 = ptrtoint ptr %p72 to i64
  %eq76 = icmp eq i64 %a75, ptrtoint (ptr @PyLong_Type to i64)
  %f77 = getelementptr i8, ptr %v, i64 8
  %p78 = load ptr, ptr %f77, align 8
  %a79 = ptrtoint ptr %p78 to i64
  %eq80 = icmp eq i64 %a79, ptrtoint (ptr @PyFloat_Type to i64)
  %a81 = ptrtoint ptr %p78 to i64
  %eq82 = icmp eq i64 %a81, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq74, %eq82
  %int_first = and i1 %eq76, %eq80
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u3.mixed, label %u3.num_slow, !prof !1

u3.mixed:                                         ; preds = %u3.mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v21
  %float_operand = select i1 %float_first, ptr %v21, ptr %v
  %f83 = getelementptr i8, ptr %int_operand, i64 16
  %size84 = load i64, ptr %f83, align 4
  %size285 = add i64 %size84, 2
  %compact86 = icmp ule i64 %size285, 4
  %f87 = getelementptr i8, ptr %int_operand, i64 24
  %digit088 = load i32, ptr %f87, align 4
  %digit089 = zext i32 %digit088 to i64
  %f90 = getelementptr i8, ptr %int_operand, i64 28
  %digit191 = load i32, ptr %f90, align 4
  %digit192 = zext i32 %digit191 to i64
  %negative93 = icmp slt i64 %size84, 0
  %neg_size94 = sub i64 0, %size84
  %ndigits95 = select i1 %negative93, i64 %neg_size94, i64 %size84
  %two96 = icmp eq i64 %ndigits95, 2
  %hi97 = shl i64 %digit192, 30
  %hi298 = select i1 %two96, i64 %hi97, i64 0
  %mag99 = add i64 %digit089, %hi298
  %zero100 = icmp eq i64 %size84, 0
  %mag0101 = select i1 %zero100, i64 0, i64 %mag99
  %neg_mag102 = sub i64 0, %mag0101
  %ival103 = select i1 %negative93, i64 %neg_mag102, i64 %mag0101
  br i1 %compact86, label %u3.mixed_fast, label %u3.num_slow, !prof !1

u3.mixed_fast:                                    ; preds = %u3.mixed
  %itof = sitofp i64 %ival103 to double
  %f104 = getelementptr i8, ptr %float_operand, i64 16
  %fval105 = load double, ptr %f104, align 8
  %x = select i1 %float_first, double %fval105, double %itof
  %y = select i1 %float_first, double %itof, double %fval105
  %fmul106 = fmul double %x, %y
  br label %u3.unboxed_result

u3.operator_dunder:                               ; preds = %u3.num_slow
  %c110 = call ptr @rjit_binary_dunder(ptr %0, ptr %v21, ptr %v, i32 5)
  br label %u3.operator_done

u3.operator_c:                                    ; preds = %u3.num_slow
  %c111 = call ptr @PyNumber_Multiply(ptr %v21, ptr %v)
  br label %u3.operator_done

u3.operator_done:                                 ; preds = %u3.operator_c, %u3.operator_dunder
  %number = phi ptr [ %c110, %u3.operator_dunder ], [ %c111, %u3.operator_c ]
  br label %u3.num_done

u3.error:                                         ; preds = %u3.num_done
  %c112 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c112

u3.ok:                                            ; preds = %u3.num_done
  br label %u3.num_out

u3.num_out:                                       ; preds = %u3.unboxed_result, %u3.ok
  %uobj = phi ptr [ %res, %u3.ok ], [ null, %u3.unboxed_result ]
  %ukind113 = phi i8 [ 0, %u3.ok ], [ %ukind, %u3.unboxed_result ]
  %uf114 = phi double [ 0.000000e+00, %u3.ok ], [ %uf, %u3.unboxed_result ]
  %ui115 = phi i64 [ 0, %u3.ok ], [ %ui, %u3.unboxed_result ]
  store i8 %ukind113, ptr %k0, align 1
  store double %uf114, ptr %f0, align 8
  store i64 %ui115, ptr %n0, align 4
  store ptr %uobj, ptr %s0, align 8
  br label %i5

u6.num_done:                                      ; preds = %u6.operator_done, %u6.fbox_done415, %u6.fbox_done364, %u6.ibox_done311, %u6.fbox_done, %u6.ibox_done
  %res438 = phi ptr [ %int_box, %u6.ibox_done ], [ %fbox, %u6.fbox_done ], [ %int_box349, %u6.ibox_done311 ], [ %fbox370, %u6.fbox_done364 ], [ %fbox428, %u6.fbox_done415 ], [ %number437, %u6.operator_done ]
  %v439 = load ptr, ptr %s0, align 8
  %isnull440 = icmp eq ptr %v439, null
  br i1 %isnull440, label %u6.cont442, label %u6.xdec441

u6.num_slow:                                      ; preds = %u6.mixed, %u6.mixed_check, %u6.int_test
  %f429 = getelementptr i8, ptr %materialized, i64 8
  %p430 = load ptr, ptr %f429, align 8
  %f431 = getelementptr i8, ptr %p430, i64 168
  %i432 = load i64, ptr %f431, align 4
  %heap433 = and i64 %i432, 512
  %is_heap434 = icmp ne i64 %heap433, 0
  br i1 %is_heap434, label %u6.operator_dunder, label %u6.operator_c

u6.float_result:                                  ; preds = %u6.mixed_fast
  %fres = phi double [ %fadd414, %u6.mixed_fast ]
  %rc416 = load i64, ptr %materialized, align 4
  %only417 = icmp eq i64 %rc416, 1
  %f418 = getelementptr i8, ptr %materialized, i64 8
  %p419 = load ptr, ptr %f418, align 8
  %a420 = ptrtoint ptr %p419 to i64
  %eq421 = icmp eq i64 %a420, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only417, %eq421
  br i1 %only_float, label %u6.fbox_operand422, label %u6.fbox_next423

u6.box_operands:                                  ; preds = %u6.view_is_int168, %u6.view_long163, %u6.view_is_int, %u6.view_long, %u6.view_int
  %is_object = icmp eq i8 %ukind120, 0
  br i1 %is_object, label %u6.boxed, label %u6.box_unboxed

u6.view:                                          ; preds = %u6.view_compact156, %u6.view_float, %u6.view_compact, %i6
  %vkind = phi i8 [ 1, %i6 ], [ 2, %u6.view_compact ], [ 1, %u6.view_float ], [ 2, %u6.view_compact156 ]
  %vf = phi double [ %uf121, %i6 ], [ 0.000000e+00, %u6.view_compact ], [ %fval132, %u6.view_float ], [ 0.000000e+00, %u6.view_compact156 ]
  %vi = phi i64 [ 0, %i6 ], [ %ui122, %u6.view_compact ], [ 0, %u6.view_float ], [ %ival155, %u6.view_compact156 ]
  %f158 = getelementptr i8, ptr %v118, i64 8
  %p159 = load ptr, ptr %f158, align 8
  %a160 = ptrtoint ptr %p159 to i64
  %eq161 = icmp eq i64 %a160, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq161, label %u6.view_float162, label %u6.view_long163

u6.view_not_float:                                ; preds = %i6
  %is_int = icmp eq i8 %ukind120, 2
  br i1 %is_int, label %u6.view_int, label %u6.view_object

u6.view_int:                                      ; preds = %u6.view_not_float
  %bias125 = add i64 %ui122, 1152921504606846976
  %compact126 = icmp ult i64 %bias125, 2305843009213693952
  br i1 %compact126, label %u6.view_compact, label %u6.box_operands, !prof !1

u6.view_object:                                   ; preds = %u6.view_not_float
  %f127 = getelementptr i8, ptr %v119, i64 8
  %p128 = load ptr, ptr %f127, align 8
  %a129 = ptrtoint ptr %p128 to i64
  %eq130 = icmp eq i64 %a129, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq130, label %u6.view_float, label %u6.view_long

u6.view_compact:                                  ; preds = %u6.view_int
  br label %u6.view

u6.view_float:                                    ; preds = %u6.view_object
  %f131 = getelementptr i8, ptr %v119, i64 16
  %fval132 = load double, ptr %f131, align 8
  br label %u6.view

u6.view_long:                                     ; preds = %u6.view_object
  %a133 = ptrtoint ptr %p128 to i64
  %eq134 = icmp eq i64 %a133, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq134, label %u6.view_is_int, label %u6.box_operands, !prof !1

u6.view_is_int:                                   ; preds = %u6.view_long
  %f135 = getelementptr i8, ptr %v119, i64 16
  %size136 = load i64, ptr %f135, align 4
  %size2137 = add i64 %size136, 2
  %compact138 = icmp ule i64 %size2137, 4
  %f139 = getelementptr i8, ptr %v119, i64 24
  %digit0140 = load i32, ptr %f139, align 4
  %digit0141 = zext i32 %digit0140 to i64
  %f142 = getelementptr i8, ptr %v119, i64 28
  %digit1143 = load i32, ptr %f142, align 4
  %digit1144 = zext i32 %digit1143 to i64
  %negative145 = icmp slt i64 %size136, 0
  %neg_size146 = sub i64 0, %size136
  %ndigits147 = select i1 %negative145, i64 %neg_size146, i64 %size136
  %two148 = icmp eq i64 %ndigits147, 2
  %hi149 = shl i64 %digit1144, 30
  %hi2150 = select i1 %two148, i64 %hi149, i64 0
  %mag151 = add i64 %digit0141, %hi2150
  %zero152 = icmp eq i64 %size136, 0
  %mag0153 = select i1 %zero152, i64 0, i64 %mag151
  %neg_mag154 = sub i64 0, %mag0153
  %ival155 = select i1 %negative145, i64 %neg_mag154, i64 %mag0153
  br i1 %compact138, label %u6.view_compact156, label %u6.box_operands, !prof !1

u6.view_compact156:                               ; preds = %u6.view_is_int
  br label %u6.view

u6.view157:                                       ; preds = %u6.view_compact190, %u6.view_float162
  %vkind191 = phi i8 [ 1, %u6.view_float162 ], [ 2, %u6.view_compact190 ]
  %vf192 = phi double [ %fval165, %u6.view_float162 ], [ 0.000000e+00, %u6.view_compact190 ]
  %vi193 = phi i64 [ 0, %u6.view_float162 ], [ %ival189, %u6.view_compact190 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind191, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u6.unboxed_ints, label %u6.unboxed_floats

u6.view_float162:                                 ; preds = %u6.view
  %f164 = getelementptr i8, ptr %v118, i64 16
  %fval165 = load double, ptr %f164, align 8
  br label %u6.view157

u6.view_long163:                                  ; preds = %u6.view
  %a166 = ptrtoint ptr %p159 to i64
  %eq167 = icmp eq i64 %a166, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq167, label %u6.view_is_int168, label %u6.box_operands, !prof !1

u6.view_is_int168:                                ; preds = %u6.view_long163
  %f169 = getelementptr i8, ptr %v118, i64 16
  %size170 = load i64, ptr %f169, align 4
  %size2171 = add i64 %size170, 2
  %compact172 = icmp ule i64 %size2171, 4
  %f173 = getelementptr i8, ptr %v118, i64 24
  %digit0174 = load i32, ptr %f173, align 4
  %digit0175 = zext i32 %digit0174 to i64
  %f176 = getelementptr i8, ptr %v118, i64 28
  %digit1177 = load i32, ptr %f176, align 4
  %digit1178 = zext i32 %digit1177 to i64
  %negative179 = icmp slt i64 %size170, 0
  %neg_size180 = sub i64 0, %size170
  %ndigits181 = select i1 %negative179, i64 %neg_size180, i64 %size170
  %two182 = icmp eq i64 %ndigits181, 2
  %hi183 = shl i64 %digit1178, 30
  %hi2184 = select i1 %two182, i64 %hi183, i64 0
  %mag185 = add i64 %digit0175, %hi2184
  %zero186 = icmp eq i64 %size170, 0
  %mag0187 = select i1 %zero186, i64 0, i64 %mag185
  %neg_mag188 = sub i64 0, %mag0187
  %ival189 = select i1 %negative179, i64 %neg_mag188, i64 %mag0187
  br i1 %compact172, label %u6.view_compact190, label %u6.box_operands, !prof !1

u6.view_compact190:                               ; preds = %u6.view_is_int168
  br label %u6.view157

u6.unboxed_ints:                                  ; preds = %u6.view157
  %iadd = add nsw i64 %vi, %vi193
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u6.ibox_small, label %u6.ibox_not_small

u6.unboxed_floats:                                ; preds = %u6.view157
  %itof207 = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof207, double %vf
  %itof208 = sitofp i64 %vi193 to double
  %view_f209 = select i1 %rint, double %itof208, double %vf192
  %fadd = fadd double %view_f, %view_f209
  %c210 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u6.fbox_done

u6.ibox_done:                                     ; preds = %u6.ibox_call, %u6.ibox_init, %u6.ibox_table
  %int_box = phi ptr [ %fd, %u6.ibox_table ], [ %c196, %u6.ibox_init ], [ %c206, %u6.ibox_call ]
  br label %u6.num_done

u6.ibox_small:                                    ; preds = %u6.unboxed_ints
  %p194 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p194, null
  br i1 %have_table, label %u6.ibox_table, label %u6.ibox_call, !prof !1

u6.ibox_not_small:                                ; preds = %u6.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i195 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i195, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u6.ibox_alloc, label %u6.ibox_call, !prof !1

u6.ibox_alloc:                                    ; preds = %u6.ibox_not_small
  %c196 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c196, null
  br i1 %allocated, label %u6.ibox_init, label %u6.ibox_call, !prof !1

u6.ibox_call:                                     ; preds = %u6.ibox_alloc, %u6.ibox_not_small, %u6.ibox_small
  %c206 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u6.ibox_done

u6.ibox_table:                                    ; preds = %u6.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p194, i64 %off
  %rc = load i64, ptr %fd, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %fd, align 4
  br label %u6.ibox_done

u6.ibox_init:                                     ; preds = %u6.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag197 = select i1 %neg, i64 %minus, i64 %iadd
  %two198 = icmp ugt i64 %mag197, 1073741823
  %ndigits199 = select i1 %two198, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits199
  %size200 = select i1 %neg, i64 %minus_n, i64 %ndigits199
  %d0 = and i64 %mag197, 1073741823
  %d1 = lshr i64 %mag197, 30
  store i64 1, ptr %c196, align 4
  %f201 = getelementptr i8, ptr %c196, i64 8
  store ptr @PyLong_Type, ptr %f201, align 8
  %f202 = getelementptr i8, ptr %c196, i64 16
  store i64 %size200, ptr %f202, align 4
  %digit = trunc i64 %d0 to i32
  %f203 = getelementptr i8, ptr %c196, i64 24
  store i32 %digit, ptr %f203, align 4
  %digit204 = trunc i64 %d1 to i32
  %f205 = getelementptr i8, ptr %c196, i64 28
  store i32 %digit204, ptr %f205, align 4
  br label %u6.ibox_done

u6.fbox_done:                                     ; preds = %u6.unboxed_floats
  %fbox = phi ptr [ %c210, %u6.unboxed_floats ]
  br label %u6.num_done

u6.box_unboxed:                                   ; preds = %u6.box_operands
  %is_float211 = icmp eq i8 %ukind120, 1
  br i1 %is_float211, label %u6.box_float, label %u6.box_int

u6.boxed:                                         ; preds = %u6.box_ok, %u6.box_operands
  %materialized = phi ptr [ %v119, %u6.box_operands ], [ %box, %u6.box_ok ]
  %f258 = getelementptr i8, ptr %materialized, i64 8
  %p259 = load ptr, ptr %f258, align 8
  %f260 = getelementptr i8, ptr %v118, i64 8
  %p261 = load ptr, ptr %f260, align 8
  %a262 = ptrtoint ptr %p259 to i64
  %eq263 = icmp eq i64 %a262, ptrtoint (ptr @PyLong_Type to i64)
  %a264 = ptrtoint ptr %p261 to i64
  %eq265 = icmp eq i64 %a264, ptrtoint (ptr @PyLong_Type to i64)
  %both266 = and i1 %eq263, %eq265
  br i1 %both266, label %u6.int_test, label %u6.float_check

u6.box_float:                                     ; preds = %u6.box_unboxed
  %c212 = call ptr @PyFloat_FromDouble(double %uf121)
  br label %u6.box_made

u6.box_int:                                       ; preds = %u6.box_unboxed
  %biased218 = sub i64 %ui122, -5
  %is_small219 = icmp ult i64 %biased218, 262
  br i1 %is_small219, label %u6.ibox_small214, label %u6.ibox_not_small215

u6.box_made:                                      ; preds = %u6.ibox_done213, %u6.box_float
  %box = phi ptr [ %c212, %u6.box_float ], [ %int_box251, %u6.ibox_done213 ]
  store ptr %box, ptr %s0, align 8
  %box_failed = icmp eq ptr %box, null
  br i1 %box_failed, label %u6.box_failed, label %u6.box_ok, !prof !0

u6.ibox_done213:                                  ; preds = %u6.ibox_call217, %u6.ibox_init234, %u6.ibox_table222
  %int_box251 = phi ptr [ %fd224, %u6.ibox_table222 ], [ %c232, %u6.ibox_init234 ], [ %c250, %u6.ibox_call217 ]
  br label %u6.box_made

u6.ibox_small214:                                 ; preds = %u6.box_int
  %p220 = load ptr, ptr @rjit_small_ints, align 8
  %have_table221 = icmp ne ptr %p220, null
  br i1 %have_table221, label %u6.ibox_table222, label %u6.ibox_call217, !prof !1

u6.ibox_not_small215:                             ; preds = %u6.box_int
  %shifted227 = add i64 %ui122, 1152921504606846975
  %fits228 = icmp ult i64 %shifted227, 2305843009213693951
  %i229 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced230 = icmp eq i32 %i229, 0
  %inline231 = and i1 %fits228, %untraced230
  br i1 %inline231, label %u6.ibox_alloc216, label %u6.ibox_call217, !prof !1

u6.ibox_alloc216:                                 ; preds = %u6.ibox_not_small215
  %c232 = call ptr @PyObject_Malloc(i64 32)
  %allocated233 = icmp ne ptr %c232, null
  br i1 %allocated233, label %u6.ibox_init234, label %u6.ibox_call217, !prof !1

u6.ibox_call217:                                  ; preds = %u6.ibox_alloc216, %u6.ibox_not_small215, %u6.ibox_small214
  %c250 = call ptr @PyLong_FromLongLong(i64 %ui122)
  br label %u6.ibox_done213

u6.ibox_table222:                                 ; preds = %u6.ibox_small214
  %off223 = mul i64 %biased218, 32
  %fd224 = getelementptr i8, ptr %p220, i64 %off223
  %rc225 = load i64, ptr %fd224, align 4
  %rc1226 = add i64 %rc225, 1
  store i64 %rc1226, ptr %fd224, align 4
  br label %u6.ibox_done213

u6.ibox_init234:                                  ; preds = %u6.ibox_alloc216
  %neg235 = icmp slt i64 %ui122, 0
  %minus236 = sub i64 0, %ui122
  %mag237 = select i1 %neg235, i64 %minus236, i64 %ui122
  %two238 = icmp ugt i64 %mag237, 1073741823
  %ndigits239 = select i1 %two238, i64 2, i64 1
  %minus_n240 = sub i64 0, %ndigits239
  %size241 = select i1 %neg235, i64 %minus_n240, i64 %ndigits239
  %d0242 = and i64 %mag237, 1073741823
  %d1243 = lshr i64 %mag237, 30
  store i64 1, ptr %c232, align 4
  %f244 = getelementptr i8, ptr %c232, i64 8
  store ptr @PyLong_Type, ptr %f244, align 8
  %f245 = getelementptr i8, ptr %c232, i64 16
  store i64 %size241, ptr %f245, align 4
  %digit246 = trunc i64 %d0242 to i32
  %f247 = getelementptr i8, ptr %c232, i64 24
  store i32 %digit246, ptr %f247, align 4
  %digit248 = trunc i64 %d1243 to i32
  %f249 = getelementptr i8, ptr %c232, i64 28
  store i32 %digit248, ptr %f249, align 4
  br label %u6.ibox_done213

u6.box_failed:                                    ; preds = %u6.box_made
  %v252 = load ptr, ptr %s0, align 8
  %isnull253 = icmp eq ptr %v252, null
  br i1 %isnull253, label %u6.cont, label %u6.xdec

u6.box_ok:                                        ; preds = %u6.box_made
  br label %u6.boxed

u6.xdec:                                          ; preds = %u6.box_failed
  %rc254 = load i64, ptr %v252, align 4
  %rc1255 = sub i64 %rc254, 1
  store i64 %rc1255, ptr %v252, align 4
  %dead = icmp eq i64 %rc1255, 0
  br i1 %dead, label %u6.dealloc, label %u6.cont256, !prof !0

u6.cont:                                          ; preds = %u6.cont256, %u6.box_failed
  br label %u6.error

u6.dealloc:                                       ; preds = %u6.xdec
  call void @_Py_Dealloc(ptr %v252)
  br label %u6.cont256

u6.cont256:                                       ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u6.error:                                         ; preds = %u6.cont442, %u6.cont
  %c257 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c257

u6.int_test:                                      ; preds = %u6.boxed
  %f267 = getelementptr i8, ptr %materialized, i64 16
  %size268 = load i64, ptr %f267, align 4
  %size2269 = add i64 %size268, 2
  %compact270 = icmp ule i64 %size2269, 4
  %f271 = getelementptr i8, ptr %materialized, i64 24
  %digit0272 = load i32, ptr %f271, align 4
  %digit0273 = zext i32 %digit0272 to i64
  %f274 = getelementptr i8, ptr %materialized, i64 28
  %digit1275 = load i32, ptr %f274, align 4
  %digit1276 = zext i32 %digit1275 to i64
  %negative277 = icmp slt i64 %size268, 0
  %neg_size278 = sub i64 0, %size268
  %ndigits279 = select i1 %negative277, i64 %neg_size278, i64 %size268
  %two280 = icmp eq i64 %ndigits279, 2
  %hi281 = shl i64 %digit1276, 30
  %hi2282 = select i1 %two280, i64 %hi281, i64 0
  %mag283 = add i64 %digit0273, %hi2282
  %zero284 = icmp eq i64 %size268, 0
  %mag0285 = select i1 %zero284, i64 0, i64 %mag283
  %neg_mag286 = sub i64 0, %mag0285
  %ival287 = select i1 %negative277, i64 %neg_mag286, i64 %mag0285
  %f288 = getelementptr i8, ptr %v118, i64 16
  %size289 = load i64, ptr %f288, align 4
  %size2290 = add i64 %size289, 2
  %compact291 = icmp ule i64 %size2290, 4
  %f292 = getelementptr i8, ptr %v118, i64 24
  %digit0293 = load i32, ptr %f292, align 4
  %digit0294 = zext i32 %digit0293 to i64
  %f295 = getelementptr i8, ptr %v118, i64 28
  %digit1296 = load i32, ptr %f295, align 4
  %digit1297 = zext i32 %digit1296 to i64
  %negative298 = icmp slt i64 %size289, 0
  %neg_size299 = sub i64 0, %size289
  %ndigits300 = select i1 %negative298, i64 %neg_size299, i64 %size289
  %two301 = icmp eq i64 %ndigits300, 2
  %hi302 = shl i64 %digit1297, 30
  %hi2303 = select i1 %two301, i64 %hi302, i64 0
  %mag304 = add i64 %digit0294, %hi2303
  %zero305 = icmp eq i64 %size289, 0
  %mag0306 = select i1 %zero305, i64 0, i64 %mag304
  %neg_mag307 = sub i64 0, %mag0306
  %ival308 = select i1 %negative298, i64 %neg_mag307, i64 %mag0306
  %compact309 = and i1 %compact270, %compact291
  br i1 %compact309, label %u6.int_fast, label %u6.num_slow, !prof !1

u6.float_check:                                   ; preds = %u6.boxed
  %f350 = getelementptr i8, ptr %materialized, i64 8
  %p351 = load ptr, ptr %f350, align 8
  %f352 = getelementptr i8, ptr %v118, i64 8
  %p353 = load ptr, ptr %f352, align 8
  %a354 = ptrtoint ptr %p351 to i64
  %eq355 = icmp eq i64 %a354, ptrtoint (ptr @PyFloat_Type to i64)
  %a356 = ptrtoint ptr %p353 to i64
  %eq357 = icmp eq i64 %a356, ptrtoint (ptr @PyFloat_Type to i64)
  %both358 = and i1 %eq355, %eq357
  br i1 %both358, label %u6.float_fast, label %u6.mixed_check, !prof !1

u6.int_fast:                                      ; preds = %u6.int_test
  %iadd310 = add nsw i64 %ival287, %ival308
  %biased316 = sub i64 %iadd310, -5
  %is_small317 = icmp ult i64 %biased316, 262
  br i1 %is_small317, label %u6.ibox_small312, label %u6.ibox_not_small313

u6.ibox_done311:                                  ; preds = %u6.ibox_call315, %u6.ibox_init332, %u6.ibox_table320
  %int_box349 = phi ptr [ %fd322, %u6.ibox_table320 ], [ %c330, %u6.ibox_init332 ], [ %c348, %u6.ibox_call315 ]
  br label %u6.num_done

u6.ibox_small312:                                 ; preds = %u6.int_fast
  %p318 = load ptr, ptr @rjit_small_ints, align 8
  %have_table319 = icmp ne ptr %p318, null
  br i1 %have_table319, label %u6.ibox_table320, label %u6.ibox_call315, !prof !1

u6.ibox_not_small313:                             ; preds = %u6.int_fast
  %shifted325 = add i64 %iadd310, 1152921504606846975
  %fits326 = icmp ult i64 %shifted325, 2305843009213693951
  %i327 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced328 = icmp eq i32 %i327, 0
  %inline329 = and i1 %fits326, %untraced328
  br i1 %inline329, label %u6.ibox_alloc314, label %u6.ibox_call315, !prof !1

u6.ibox_alloc314:                                 ; preds = %u6.ibox_not_small313
  %c330 = call ptr @PyObject_Malloc(i64 32)
  %allocated331 = icmp ne ptr %c330, null
  br i1 %allocated331, label %u6.ibox_init332, label %u6.ibox_call315, !prof !1

u6.ibox_call315:                                  ; preds = %u6.ibox_alloc314, %u6.ibox_not_small313, %u6.ibox_small312
  %c348 = call ptr @PyLong_FromLongLong(i64 %iadd310)
  br label %u6.ibox_done311

u6.ibox_table320:                                 ; preds = %u6.ibox_small312
  %off321 = mul i64 %biased316, 32
  %fd322 = getelementptr i8, ptr %p318, i64 %off321
  %rc323 = load i64, ptr %fd322, align 4
  %rc1324 = add i64 %rc323, 1
  store i64 %rc1324, ptr %fd322, align 4
  br label %u6.ibox_done311

u6.ibox_init332:                                  ; preds = %u6.ibox_alloc314
  %neg333 = icmp slt i64 %iadd310, 0
  %minus334 = sub i64 0, %iadd310
  %mag335 = select i1 %neg333, i64 %minus334, i64 %iadd310
  %two336 = icmp ugt i64 %mag335, 1073741823
  %ndigits337 = select i1 %two336, i64 2, i64 1
  %minus_n338 = sub i64 0, %ndigits337
  %size339 = select i1 %neg333, i64 %minus_n338, i64 %ndigits337
  %d0340 = and i64 %mag335, 1073741823
  %d1341 = lshr i64 %mag335, 30
  store i64 1, ptr %c330, align 4
  %f342 = getelementptr i8, ptr %c330, i64 8
  store ptr @PyLong_Type, ptr %f342, align 8
  %f343 = getelementptr i8, ptr %c330, i64 16
  store i64 %size339, ptr %f343, align 4
  %digit344 = trunc i64 %d0340 to i32
  %f345 = getelementptr i8, ptr %c330, i64 24
  store i32 %digit344, ptr %f345, align 4
  %digit346 = trunc i64 %d1341 to i32
  %f347 = getelementptr i8, ptr %c330, i64 28
  store i32 %digit346, ptr %f347, align 4
  br label %u6.ibox_done311

u6.float_fast:                                    ; preds = %u6.float_check
  %f359 = getelementptr i8, ptr %materialized, i64 16
  %fval360 = load double, ptr %f359, align 8
  %f361 = getelementptr i8, ptr %v118, i64 16
  %fval362 = load double, ptr %f361, align 8
  %fadd363 = fadd double %fval360, %fval362
  %rc365 = load i64, ptr %materialized, align 4
  %only = icmp eq i64 %rc365, 1
  br i1 %only, label %u6.fbox_operand, label %u6.fbox_next

u6.mixed_check:                                   ; preds = %u6.float_check
  %f371 = getelementptr i8, ptr %materialized, i64 8
  %p372 = load ptr, ptr %f371, align 8
  %a373 = ptrtoint ptr %p372 to i64
  %eq374 = icmp eq i64 %a373, ptrtoint (ptr @PyFloat_Type to i64)
  %a375 = ptrtoint ptr %p372 to i64
  %eq376 = icmp eq i64 %a375, ptrtoint (ptr @PyLong_Type to i64)
  %f377 = getelementptr i8, ptr %v118, i64 8
  %p378 = load ptr, ptr %f377, align 8
  %a379 = ptrtoint ptr %p378 to i64
  %eq380 = icmp eq i64 %a379, ptrtoint (ptr @PyFloat_Type to i64)
  %a381 = ptrtoint ptr %p378 to i64
  %eq382 = icmp eq i64 %a381, ptrtoint (ptr @PyLong_Type to i64)
  %float_first383 = and i1 %eq374, %eq382
  %int_first384 = and i1 %eq376, %eq380
  %mixed385 = or i1 %float_first383, %int_first384
  br i1 %mixed385, label %u6.mixed, label %u6.num_slow, !prof !1

u6.fbox_done364:                                  ; preds = %u6.fbox_next, %u6.fbox_operand
  %fbox370 = phi ptr [ %materialized, %u6.fbox_operand ], [ %c369, %u6.fbox_next ]
  br label %u6.num_done

u6.fbox_operand:                                  ; preds = %u6.float_fast
  %f366 = getelementptr i8, ptr %materialized, i64 16
  store double %fadd363, ptr %f366, align 8
  %rc367 = load i64, ptr %materialized, align 4
  %rc1368 = add i64 %rc367, 1
  store i64 %rc1368, ptr %materialized, align 4
  br label %u6.fbox_done364

u6.fbox_next:                                     ; preds = %u6.float_fast
  %c369 = call ptr @PyFloat_FromDouble(double %fadd363)
  br label %u6.fbox_done364

u6.mixed:                                         ; preds = %u6.mixed_check
  %int_operand386 = select i1 %float_first383, ptr %v118, ptr %materialized
  %float_operand387 = select i1 %float_first383, ptr %materialized, ptr %v118
  %f388 = getelementptr i8, ptr %int_operand386, i64 16
  %size389 = load i64, ptr %f388, align 4
  %size2390 = add i64 %size389, 2
  %compact391 = icmp ule i64 %size2390, 4
  %f392 = getelementptr i8, ptr %int_operand386, i64 24
  %digit0393 = load i32, ptr %f392, align 4
  %digit0394 = zext i32 %digit0393 to i64
  %f395 = getelementptr i8, ptr %int_operand386, i64 28
  %digit1396 = load i32, ptr %f395, align 4
  %digit1397 = zext i32 %digit1396 to i64
  %negative398 = icmp slt i64 %size389, 0
  %neg_size399 = sub i64 0, %size389
  %ndigits400 = select i1 %negative398, i64 %neg_size399, i64 %size389
  %two401 = icmp eq i64 %ndigits400, 2
  %hi402 = shl i64 %digit1397, 30
  %hi2403 = select i1 %two401, i64 %hi402, i64 0
  %mag404 = add i64 %digit0394, %hi2403
  %zero405 = icmp eq i64 %size389, 0
  %mag0406 = select i1 %zero405, i64 0, i64 %mag404
  %neg_mag407 = sub i64 0, %mag0406
  %ival408 = select i1 %negative398, i64 %neg_mag407, i64 %mag0406
  br i1 %compact391, label %u6.mixed_fast, label %u6.num_slow, !prof !1

u6.mixed_fast:                                    ; preds = %u6.mixed
  %itof409 = sitofp i64 %ival408 to double
  %f410 = getelementptr i8, ptr %float_operand387, i64 16
  %fval411 = load double, ptr %f410, align 8
  %x412 = select i1 %float_first383, double %fval411, double %itof409
  %y413 = select i1 %float_first383, double %itof409, double %fval411
  %fadd414 = fadd double %x412, %y413
  br label %u6.float_result

u6.fbox_done415:                                  ; preds = %u6.fbox_next423, %u6.fbox_operand422
  %fbox428 = phi ptr [ %materialized, %u6.fbox_operand422 ], [ %c427, %u6.fbox_next423 ]
  br label %u6.num_done

u6.fbox_operand422:                               ; preds = %u6.float_result
  %f424 = getelementptr i8, ptr %materialized, i64 16
  store double %fres, ptr %f424, align 8
  %rc425 = load i64, ptr %materialized, align 4
  %rc1426 = add i64 %rc425, 1
  store i64 %rc1426, ptr %materialized, align 4
  br label %u6.fbox_done415

u6.fbox_next423:                                  ; preds = %u6.float_result
  %c427 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u6.fbox_done415

u6.operator_dunder:                               ; preds = %u6.num_slow
  %c435 = call ptr @rjit_binary_dunder(ptr %0, ptr %materialized, ptr %v118, i32 0)
  br label %u6.operator_done

u6.operator_c:                                    ; preds = %u6.num_slow
  %c436 = call ptr @PyNumber_Add(ptr %materialized, ptr %v118)
  br label %u6.operator_done

u6.operator_done:                                 ; preds = %u6.operator_c, %u6.operator_dunder
  %number437 = phi ptr [ %c435, %u6.operator_dunder ], [ %c436, %u6.operator_c ]
  br label %u6.num_done

u6.xdec441:                                       ; preds = %u6.num_done
  %rc443 = load i64, ptr %v439, align 4
  %rc1444 = sub i64 %rc443, 1
  store i64 %rc1444, ptr %v439, align 4
  %dead445 = icmp eq i64 %rc1444, 0
  br i1 %dead445, label %u6.dealloc446, label %u6.cont447, !prof !0

u6.cont442:                                       ; preds = %u6.cont447, %u6.num_done
  %isnull448 = icmp eq ptr %res438, null
  br i1 %isnull448, label %u6.error, label %u6.ok, !prof !0

u6.dealloc446:                                    ; preds = %u6.xdec441
  call void @_Py_Dealloc(ptr %v439)
  br label %u6.cont447

u6.cont447:                                       ; preds = %u6.dealloc446, %u6.xdec441
  br label %u6.cont442

u6.ok:                                            ; preds = %u6.cont442
  store ptr %res438, ptr %s0, align 8
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
