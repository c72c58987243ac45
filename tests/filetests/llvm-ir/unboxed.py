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
  %f117 = getelementptr i8, ptr %1, i64 88
  %local118 = load ptr, ptr %f117, align 8
  store ptr %local118, ptr %s1, align 8
  br label %i6

i6:                                               ; preds = %i5
  %v119 = load ptr, ptr %s1, align 8
  %v120 = load ptr, ptr %s0, align 8
  %ukind121 = load i8, ptr %k0, align 1
  %uf122 = load double, ptr %f0, align 8
  %ui123 = load i64, ptr %n0, align 4
  %f124 = getelementptr i8, ptr %f2, i64 12
  %f125 = getelementptr i8, ptr %1, i64 56
  store ptr %f124, ptr %f125, align 8
  %is_float = icmp eq i8 %ukind121, 1
  br i1 %is_float, label %u6.view, label %u6.view_not_float, !prof !1

i8:                                               ; preds = %u6.ok
  %v446 = load ptr, ptr %s0, align 8
  %f447 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f447, align 4
  %f448 = getelementptr i8, ptr %f2, i64 16
  %f449 = getelementptr i8, ptr %1, i64 56
  store ptr %f448, ptr %f449, align 8
  %f450 = getelementptr i8, ptr %0, i64 56
  %p451 = load ptr, ptr %f450, align 8
  %f452 = getelementptr i8, ptr %1, i64 48
  %p453 = load ptr, ptr %f452, align 8
  %f454 = getelementptr i8, ptr %p451, i64 8
  store ptr %p453, ptr %f454, align 8
  %f455 = getelementptr i8, ptr %0, i64 32
  %rem456 = load i32, ptr %f455, align 4
  %rem1457 = add i32 %rem456, 1
  store i32 %rem1457, ptr %f455, align 4
  ret ptr %v446

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

u3.num_slow:                                      ; preds = %u3.int_two_digits91, %u3.mixed_check, %u3.int_value44, %u3.int_two_digits43, %u3.int_two_digits
  %f108 = getelementptr i8, ptr %v21, i64 8
  %p109 = load ptr, ptr %f108, align 8
  %f110 = getelementptr i8, ptr %p109, i64 168
  %i = load i64, ptr %f110, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u3.operator_dunder, label %u3.operator_c

u3.unboxed_result:                                ; preds = %u3.int_value92, %u3.float_fast, %u3.imul_ok
  %ukind = phi i8 [ 2, %u3.imul_ok ], [ 1, %u3.float_fast ], [ 1, %u3.int_value92 ]
  %uf = phi double [ 0.000000e+00, %u3.imul_ok ], [ %fmul, %u3.float_fast ], [ %fmul107, %u3.int_value92 ]
  %ui = phi i64 [ %imul, %u3.imul_ok ], [ 0, %u3.float_fast ], [ 0, %u3.int_value92 ]
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

u3.int_two_digits:                                ; preds = %u3.int_test
  %size2 = add i64 %size, 2
  %two_digits = icmp ule i64 %size2, 4
  br i1 %two_digits, label %u3.two_digit_int, label %u3.num_slow, !prof !1

u3.int_value:                                     ; preds = %u3.two_digit_int, %u3.int_test
  %ival = phi i64 [ %ival1, %u3.int_test ], [ %ival2, %u3.two_digit_int ]
  %f35 = getelementptr i8, ptr %v, i64 16
  %size36 = load i64, ptr %f35, align 4
  %size137 = add i64 %size36, 1
  %one_digit38 = icmp ule i64 %size137, 2
  %f39 = getelementptr i8, ptr %v, i64 24
  %digit040 = load i32, ptr %f39, align 4
  %digit041 = zext i32 %digit040 to i64
  %ival142 = mul i64 %size36, %digit041
  br i1 %one_digit38, label %u3.int_value44, label %u3.int_two_digits43, !prof !1

u3.two_digit_int:                                 ; preds = %u3.int_two_digits
  %f33 = getelementptr i8, ptr %v21, i64 28
  %digit1 = load i32, ptr %f33, align 4
  %digit134 = zext i32 %digit1 to i64
  %hi = shl i64 %digit134, 30
  %mag = add i64 %digit032, %hi
  %negative = icmp slt i64 %size, 0
  %neg_mag = sub i64 0, %mag
  %ival2 = select i1 %negative, i64 %neg_mag, i64 %mag
  br label %u3.int_value

u3.int_two_digits43:                              ; preds = %u3.int_value
  %size245 = add i64 %size36, 2
  %two_digits46 = icmp ule i64 %size245, 4
  br i1 %two_digits46, label %u3.two_digit_int47, label %u3.num_slow, !prof !1

u3.int_value44:                                   ; preds = %u3.two_digit_int47, %u3.int_value
  %ival56 = phi i64 [ %ival142, %u3.int_value ], [ %ival255, %u3.two_digit_int47 ]
  %bias = add i64 %ival, 2147483648
  %small = icmp ult i64 %bias, 4294967296
  %bias57 = add i64 %ival56, 2147483648
  %small58 = icmp ult i64 %bias57, 4294967296
  %both_small = and i1 %small, %small58
  br i1 %both_small, label %u3.imul_ok, label %u3.num_slow, !prof !1

u3.two_digit_int47:                               ; preds = %u3.int_two_digits43
  %f48 = getelementptr i8, ptr %v, i64 28
  %digit149 = load i32, ptr %f48, align 4
  %digit150 = zext i32 %digit149 to i64
  %hi51 = shl i64 %digit150, 30
  %mag52 = add i64 %digit041, %hi51
  %negative53 = icmp slt i64 %size36, 0
  %neg_mag54 = sub i64 0, %mag52
  %ival255 = select i1 %negative53, i64 %neg_mag54, i64 %mag52
  br label %u3.int_value44

u3.imul_ok:                                       ; preds = %u3.int_value44
  %imul = mul nsw i64 %ival, %ival56
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
  %size185 = add i64 %size84, 1
  %one_digit86 = icmp ule i64 %size185, 2
  %f87 = getelementptr i8, ptr %int_operand, i64 24
  %digit088 = load i32, ptr %f87, align 4
  %digit089 = zext i32 %digit088 to i64
  %ival190 = mul i64 %size84, %digit089
  br i1 %one_digit86, label %u3.int_value92, label %u3.int_two_digits91, !prof !1

u3.int_two_digits91:                              ; preds = %u3.mixed
  %size293 = add i64 %size84, 2
  %two_digits94 = icmp ule i64 %size293, 4
  br i1 %two_digits94, label %u3.two_digit_int95, label %u3.num_slow, !prof !1

u3.int_value92:                                   ; preds = %u3.two_digit_int95, %u3.mixed
  %ival104 = phi i64 [ %ival190, %u3.mixed ], [ %ival2103, %u3.two_digit_int95 ]
  %itof = sitofp i64 %ival104 to double
  %f105 = getelementptr i8, ptr %float_operand, i64 16
  %fval106 = load double, ptr %f105, align 8
  %x = select i1 %float_first, double %fval106, double %itof
  %y = select i1 %float_first, double %itof, double %fval106
  %fmul107 = fmul double %x, %y
  br label %u3.unboxed_result

u3.two_digit_int95:                               ; preds = %u3.int_two_digits91
  %f96 = getelementptr i8, ptr %int_operand, i64 28
  %digit197 = load i32, ptr %f96, align 4
  %digit198 = zext i32 %digit197 to i64
  %hi99 = shl i64 %digit198, 30
  %mag100 = add i64 %digit089, %hi99
  %negative101 = icmp slt i64 %size84, 0
  %neg_mag102 = sub i64 0, %mag100
  %ival2103 = select i1 %negative101, i64 %neg_mag102, i64 %mag100
  br label %u3.int_value92

u3.operator_dunder:                               ; preds = %u3.num_slow
  %c111 = call ptr @rjit_binary_dunder(ptr %0, ptr %v21, ptr %v, i32 5)
  br label %u3.operator_done

u3.operator_c:                                    ; preds = %u3.num_slow
  %c112 = call ptr @PyNumber_Multiply(ptr %v21, ptr %v)
  br label %u3.operator_done

u3.operator_done:                                 ; preds = %u3.operator_c, %u3.operator_dunder
  %number = phi ptr [ %c111, %u3.operator_dunder ], [ %c112, %u3.operator_c ]
  br label %u3.num_done

u3.error:                                         ; preds = %u3.num_done
  %c113 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c113

u3.ok:                                            ; preds = %u3.num_done
  br label %u3.num_out

u3.num_out:                                       ; preds = %u3.unboxed_result, %u3.ok
  %uobj = phi ptr [ %res, %u3.ok ], [ null, %u3.unboxed_result ]
  %ukind114 = phi i8 [ 0, %u3.ok ], [ %ukind, %u3.unboxed_result ]
  %uf115 = phi double [ 0.000000e+00, %u3.ok ], [ %uf, %u3.unboxed_result ]
  %ui116 = phi i64 [ 0, %u3.ok ], [ %ui, %u3.unboxed_result ]
  store i8 %ukind114, ptr %k0, align 1
  store double %uf115, ptr %f0, align 8
  store i64 %ui116, ptr %n0, align 4
  store ptr %uobj, ptr %s0, align 8
  br label %i5

u6.num_done:                                      ; preds = %u6.operator_done, %u6.fbox_done412, %u6.fbox_done360, %u6.ibox_done307, %u6.fbox_done, %u6.ibox_done
  %res435 = phi ptr [ %int_box, %u6.ibox_done ], [ %fbox, %u6.fbox_done ], [ %int_box345, %u6.ibox_done307 ], [ %fbox366, %u6.fbox_done360 ], [ %fbox425, %u6.fbox_done412 ], [ %number434, %u6.operator_done ]
  %v436 = load ptr, ptr %s0, align 8
  %isnull437 = icmp eq ptr %v436, null
  br i1 %isnull437, label %u6.cont439, label %u6.xdec438

u6.num_slow:                                      ; preds = %u6.int_two_digits392, %u6.mixed_check, %u6.int_two_digits292, %u6.int_two_digits270
  %f426 = getelementptr i8, ptr %materialized, i64 8
  %p427 = load ptr, ptr %f426, align 8
  %f428 = getelementptr i8, ptr %p427, i64 168
  %i429 = load i64, ptr %f428, align 4
  %heap430 = and i64 %i429, 512
  %is_heap431 = icmp ne i64 %heap430, 0
  br i1 %is_heap431, label %u6.operator_dunder, label %u6.operator_c

u6.float_result:                                  ; preds = %u6.int_value393
  %fres = phi double [ %fadd411, %u6.int_value393 ]
  %rc413 = load i64, ptr %materialized, align 4
  %only414 = icmp eq i64 %rc413, 1
  %f415 = getelementptr i8, ptr %materialized, i64 8
  %p416 = load ptr, ptr %f415, align 8
  %a417 = ptrtoint ptr %p416 to i64
  %eq418 = icmp eq i64 %a417, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only414, %eq418
  br i1 %only_float, label %u6.fbox_operand419, label %u6.fbox_next420

u6.box_operands:                                  ; preds = %u6.int_two_digits174, %u6.view_long160, %u6.int_two_digits, %u6.view_long, %u6.view_int
  %is_object = icmp eq i8 %ukind121, 0
  br i1 %is_object, label %u6.boxed, label %u6.box_unboxed

u6.view:                                          ; preds = %u6.int_value, %u6.view_float, %u6.view_compact, %i6
  %vkind = phi i8 [ 1, %i6 ], [ 2, %u6.view_compact ], [ 1, %u6.view_float ], [ 2, %u6.int_value ]
  %vf = phi double [ %uf122, %i6 ], [ 0.000000e+00, %u6.view_compact ], [ %fval132, %u6.view_float ], [ 0.000000e+00, %u6.int_value ]
  %vi = phi i64 [ 0, %i6 ], [ %ui123, %u6.view_compact ], [ 0, %u6.view_float ], [ %ival153, %u6.int_value ]
  %f155 = getelementptr i8, ptr %v119, i64 8
  %p156 = load ptr, ptr %f155, align 8
  %a157 = ptrtoint ptr %p156 to i64
  %eq158 = icmp eq i64 %a157, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq158, label %u6.view_float159, label %u6.view_long160

u6.view_not_float:                                ; preds = %i6
  %is_int = icmp eq i8 %ukind121, 2
  br i1 %is_int, label %u6.view_int, label %u6.view_object

u6.view_int:                                      ; preds = %u6.view_not_float
  %bias126 = add i64 %ui123, 1152921504606846976
  %compact = icmp ult i64 %bias126, 2305843009213693952
  br i1 %compact, label %u6.view_compact, label %u6.box_operands, !prof !1

u6.view_object:                                   ; preds = %u6.view_not_float
  %f127 = getelementptr i8, ptr %v120, i64 8
  %p128 = load ptr, ptr %f127, align 8
  %a129 = ptrtoint ptr %p128 to i64
  %eq130 = icmp eq i64 %a129, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq130, label %u6.view_float, label %u6.view_long

u6.view_compact:                                  ; preds = %u6.view_int
  br label %u6.view

u6.view_float:                                    ; preds = %u6.view_object
  %f131 = getelementptr i8, ptr %v120, i64 16
  %fval132 = load double, ptr %f131, align 8
  br label %u6.view

u6.view_long:                                     ; preds = %u6.view_object
  %a133 = ptrtoint ptr %p128 to i64
  %eq134 = icmp eq i64 %a133, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq134, label %u6.view_is_int, label %u6.box_operands, !prof !1

u6.view_is_int:                                   ; preds = %u6.view_long
  %f135 = getelementptr i8, ptr %v120, i64 16
  %size136 = load i64, ptr %f135, align 4
  %size1137 = add i64 %size136, 1
  %one_digit138 = icmp ule i64 %size1137, 2
  %f139 = getelementptr i8, ptr %v120, i64 24
  %digit0140 = load i32, ptr %f139, align 4
  %digit0141 = zext i32 %digit0140 to i64
  %ival1142 = mul i64 %size136, %digit0141
  br i1 %one_digit138, label %u6.int_value, label %u6.int_two_digits, !prof !1

u6.int_two_digits:                                ; preds = %u6.view_is_int
  %size2143 = add i64 %size136, 2
  %two_digits144 = icmp ule i64 %size2143, 4
  br i1 %two_digits144, label %u6.two_digit_int, label %u6.box_operands, !prof !1

u6.int_value:                                     ; preds = %u6.two_digit_int, %u6.view_is_int
  %ival153 = phi i64 [ %ival1142, %u6.view_is_int ], [ %ival2152, %u6.two_digit_int ]
  br label %u6.view

u6.two_digit_int:                                 ; preds = %u6.int_two_digits
  %f145 = getelementptr i8, ptr %v120, i64 28
  %digit1146 = load i32, ptr %f145, align 4
  %digit1147 = zext i32 %digit1146 to i64
  %hi148 = shl i64 %digit1147, 30
  %mag149 = add i64 %digit0141, %hi148
  %negative150 = icmp slt i64 %size136, 0
  %neg_mag151 = sub i64 0, %mag149
  %ival2152 = select i1 %negative150, i64 %neg_mag151, i64 %mag149
  br label %u6.int_value

u6.view154:                                       ; preds = %u6.int_value175, %u6.view_float159
  %vkind188 = phi i8 [ 1, %u6.view_float159 ], [ 2, %u6.int_value175 ]
  %vf189 = phi double [ %fval162, %u6.view_float159 ], [ 0.000000e+00, %u6.int_value175 ]
  %vi190 = phi i64 [ 0, %u6.view_float159 ], [ %ival187, %u6.int_value175 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind188, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u6.unboxed_ints, label %u6.unboxed_floats

u6.view_float159:                                 ; preds = %u6.view
  %f161 = getelementptr i8, ptr %v119, i64 16
  %fval162 = load double, ptr %f161, align 8
  br label %u6.view154

u6.view_long160:                                  ; preds = %u6.view
  %a163 = ptrtoint ptr %p156 to i64
  %eq164 = icmp eq i64 %a163, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq164, label %u6.view_is_int165, label %u6.box_operands, !prof !1

u6.view_is_int165:                                ; preds = %u6.view_long160
  %f166 = getelementptr i8, ptr %v119, i64 16
  %size167 = load i64, ptr %f166, align 4
  %size1168 = add i64 %size167, 1
  %one_digit169 = icmp ule i64 %size1168, 2
  %f170 = getelementptr i8, ptr %v119, i64 24
  %digit0171 = load i32, ptr %f170, align 4
  %digit0172 = zext i32 %digit0171 to i64
  %ival1173 = mul i64 %size167, %digit0172
  br i1 %one_digit169, label %u6.int_value175, label %u6.int_two_digits174, !prof !1

u6.int_two_digits174:                             ; preds = %u6.view_is_int165
  %size2176 = add i64 %size167, 2
  %two_digits177 = icmp ule i64 %size2176, 4
  br i1 %two_digits177, label %u6.two_digit_int178, label %u6.box_operands, !prof !1

u6.int_value175:                                  ; preds = %u6.two_digit_int178, %u6.view_is_int165
  %ival187 = phi i64 [ %ival1173, %u6.view_is_int165 ], [ %ival2186, %u6.two_digit_int178 ]
  br label %u6.view154

u6.two_digit_int178:                              ; preds = %u6.int_two_digits174
  %f179 = getelementptr i8, ptr %v119, i64 28
  %digit1180 = load i32, ptr %f179, align 4
  %digit1181 = zext i32 %digit1180 to i64
  %hi182 = shl i64 %digit1181, 30
  %mag183 = add i64 %digit0172, %hi182
  %negative184 = icmp slt i64 %size167, 0
  %neg_mag185 = sub i64 0, %mag183
  %ival2186 = select i1 %negative184, i64 %neg_mag185, i64 %mag183
  br label %u6.int_value175

u6.unboxed_ints:                                  ; preds = %u6.view154
  %iadd = add nsw i64 %vi, %vi190
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u6.ibox_small, label %u6.ibox_not_small

u6.unboxed_floats:                                ; preds = %u6.view154
  %itof202 = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof202, double %vf
  %itof203 = sitofp i64 %vi190 to double
  %view_f204 = select i1 %rint, double %itof203, double %vf189
  %fadd = fadd double %view_f, %view_f204
  %c205 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u6.fbox_done

u6.ibox_done:                                     ; preds = %u6.ibox_call, %u6.ibox_init, %u6.ibox_table
  %int_box = phi ptr [ %fd, %u6.ibox_table ], [ %c193, %u6.ibox_init ], [ %c201, %u6.ibox_call ]
  br label %u6.num_done

u6.ibox_small:                                    ; preds = %u6.unboxed_ints
  %p191 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p191, null
  br i1 %have_table, label %u6.ibox_table, label %u6.ibox_call, !prof !1

u6.ibox_not_small:                                ; preds = %u6.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i192 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i192, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u6.ibox_alloc, label %u6.ibox_call, !prof !1

u6.ibox_alloc:                                    ; preds = %u6.ibox_not_small
  %c193 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c193, null
  br i1 %allocated, label %u6.ibox_init, label %u6.ibox_call, !prof !1

u6.ibox_call:                                     ; preds = %u6.ibox_alloc, %u6.ibox_not_small, %u6.ibox_small
  %c201 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u6.ibox_done

u6.ibox_table:                                    ; preds = %u6.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p191, i64 %off
  %rc = load i64, ptr %fd, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %fd, align 4
  br label %u6.ibox_done

u6.ibox_init:                                     ; preds = %u6.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag194 = select i1 %neg, i64 %minus, i64 %iadd
  %two = icmp ugt i64 %mag194, 1073741823
  %ndigits = select i1 %two, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits
  %size195 = select i1 %neg, i64 %minus_n, i64 %ndigits
  %d0 = and i64 %mag194, 1073741823
  %d1 = lshr i64 %mag194, 30
  store i64 1, ptr %c193, align 4
  %f196 = getelementptr i8, ptr %c193, i64 8
  store ptr @PyLong_Type, ptr %f196, align 8
  %f197 = getelementptr i8, ptr %c193, i64 16
  store i64 %size195, ptr %f197, align 4
  %digit = trunc i64 %d0 to i32
  %f198 = getelementptr i8, ptr %c193, i64 24
  store i32 %digit, ptr %f198, align 4
  %digit199 = trunc i64 %d1 to i32
  %f200 = getelementptr i8, ptr %c193, i64 28
  store i32 %digit199, ptr %f200, align 4
  br label %u6.ibox_done

u6.fbox_done:                                     ; preds = %u6.unboxed_floats
  %fbox = phi ptr [ %c205, %u6.unboxed_floats ]
  br label %u6.num_done

u6.box_unboxed:                                   ; preds = %u6.box_operands
  %is_float206 = icmp eq i8 %ukind121, 1
  br i1 %is_float206, label %u6.box_float, label %u6.box_int

u6.boxed:                                         ; preds = %u6.box_ok, %u6.box_operands
  %materialized = phi ptr [ %v120, %u6.box_operands ], [ %box, %u6.box_ok ]
  %f253 = getelementptr i8, ptr %materialized, i64 8
  %p254 = load ptr, ptr %f253, align 8
  %f255 = getelementptr i8, ptr %v119, i64 8
  %p256 = load ptr, ptr %f255, align 8
  %a257 = ptrtoint ptr %p254 to i64
  %eq258 = icmp eq i64 %a257, ptrtoint (ptr @PyLong_Type to i64)
  %a259 = ptrtoint ptr %p256 to i64
  %eq260 = icmp eq i64 %a259, ptrtoint (ptr @PyLong_Type to i64)
  %both261 = and i1 %eq258, %eq260
  br i1 %both261, label %u6.int_test, label %u6.float_check

u6.box_float:                                     ; preds = %u6.box_unboxed
  %c207 = call ptr @PyFloat_FromDouble(double %uf122)
  br label %u6.box_made

u6.box_int:                                       ; preds = %u6.box_unboxed
  %biased213 = sub i64 %ui123, -5
  %is_small214 = icmp ult i64 %biased213, 262
  br i1 %is_small214, label %u6.ibox_small209, label %u6.ibox_not_small210

u6.box_made:                                      ; preds = %u6.ibox_done208, %u6.box_float
  %box = phi ptr [ %c207, %u6.box_float ], [ %int_box246, %u6.ibox_done208 ]
  store ptr %box, ptr %s0, align 8
  %box_failed = icmp eq ptr %box, null
  br i1 %box_failed, label %u6.box_failed, label %u6.box_ok, !prof !0

u6.ibox_done208:                                  ; preds = %u6.ibox_call212, %u6.ibox_init229, %u6.ibox_table217
  %int_box246 = phi ptr [ %fd219, %u6.ibox_table217 ], [ %c227, %u6.ibox_init229 ], [ %c245, %u6.ibox_call212 ]
  br label %u6.box_made

u6.ibox_small209:                                 ; preds = %u6.box_int
  %p215 = load ptr, ptr @rjit_small_ints, align 8
  %have_table216 = icmp ne ptr %p215, null
  br i1 %have_table216, label %u6.ibox_table217, label %u6.ibox_call212, !prof !1

u6.ibox_not_small210:                             ; preds = %u6.box_int
  %shifted222 = add i64 %ui123, 1152921504606846975
  %fits223 = icmp ult i64 %shifted222, 2305843009213693951
  %i224 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced225 = icmp eq i32 %i224, 0
  %inline226 = and i1 %fits223, %untraced225
  br i1 %inline226, label %u6.ibox_alloc211, label %u6.ibox_call212, !prof !1

u6.ibox_alloc211:                                 ; preds = %u6.ibox_not_small210
  %c227 = call ptr @PyObject_Malloc(i64 32)
  %allocated228 = icmp ne ptr %c227, null
  br i1 %allocated228, label %u6.ibox_init229, label %u6.ibox_call212, !prof !1

u6.ibox_call212:                                  ; preds = %u6.ibox_alloc211, %u6.ibox_not_small210, %u6.ibox_small209
  %c245 = call ptr @PyLong_FromLongLong(i64 %ui123)
  br label %u6.ibox_done208

u6.ibox_table217:                                 ; preds = %u6.ibox_small209
  %off218 = mul i64 %biased213, 32
  %fd219 = getelementptr i8, ptr %p215, i64 %off218
  %rc220 = load i64, ptr %fd219, align 4
  %rc1221 = add i64 %rc220, 1
  store i64 %rc1221, ptr %fd219, align 4
  br label %u6.ibox_done208

u6.ibox_init229:                                  ; preds = %u6.ibox_alloc211
  %neg230 = icmp slt i64 %ui123, 0
  %minus231 = sub i64 0, %ui123
  %mag232 = select i1 %neg230, i64 %minus231, i64 %ui123
  %two233 = icmp ugt i64 %mag232, 1073741823
  %ndigits234 = select i1 %two233, i64 2, i64 1
  %minus_n235 = sub i64 0, %ndigits234
  %size236 = select i1 %neg230, i64 %minus_n235, i64 %ndigits234
  %d0237 = and i64 %mag232, 1073741823
  %d1238 = lshr i64 %mag232, 30
  store i64 1, ptr %c227, align 4
  %f239 = getelementptr i8, ptr %c227, i64 8
  store ptr @PyLong_Type, ptr %f239, align 8
  %f240 = getelementptr i8, ptr %c227, i64 16
  store i64 %size236, ptr %f240, align 4
  %digit241 = trunc i64 %d0237 to i32
  %f242 = getelementptr i8, ptr %c227, i64 24
  store i32 %digit241, ptr %f242, align 4
  %digit243 = trunc i64 %d1238 to i32
  %f244 = getelementptr i8, ptr %c227, i64 28
  store i32 %digit243, ptr %f244, align 4
  br label %u6.ibox_done208

u6.box_failed:                                    ; preds = %u6.box_made
  %v247 = load ptr, ptr %s0, align 8
  %isnull248 = icmp eq ptr %v247, null
  br i1 %isnull248, label %u6.cont, label %u6.xdec

u6.box_ok:                                        ; preds = %u6.box_made
  br label %u6.boxed

u6.xdec:                                          ; preds = %u6.box_failed
  %rc249 = load i64, ptr %v247, align 4
  %rc1250 = sub i64 %rc249, 1
  store i64 %rc1250, ptr %v247, align 4
  %dead = icmp eq i64 %rc1250, 0
  br i1 %dead, label %u6.dealloc, label %u6.cont251, !prof !0

u6.cont:                                          ; preds = %u6.cont251, %u6.box_failed
  br label %u6.error

u6.dealloc:                                       ; preds = %u6.xdec
  call void @_Py_Dealloc(ptr %v247)
  br label %u6.cont251

u6.cont251:                                       ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u6.error:                                         ; preds = %u6.cont439, %u6.cont
  %c252 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c252

u6.int_test:                                      ; preds = %u6.boxed
  %f262 = getelementptr i8, ptr %materialized, i64 16
  %size263 = load i64, ptr %f262, align 4
  %size1264 = add i64 %size263, 1
  %one_digit265 = icmp ule i64 %size1264, 2
  %f266 = getelementptr i8, ptr %materialized, i64 24
  %digit0267 = load i32, ptr %f266, align 4
  %digit0268 = zext i32 %digit0267 to i64
  %ival1269 = mul i64 %size263, %digit0268
  br i1 %one_digit265, label %u6.int_value271, label %u6.int_two_digits270, !prof !1

u6.float_check:                                   ; preds = %u6.boxed
  %f346 = getelementptr i8, ptr %materialized, i64 8
  %p347 = load ptr, ptr %f346, align 8
  %f348 = getelementptr i8, ptr %v119, i64 8
  %p349 = load ptr, ptr %f348, align 8
  %a350 = ptrtoint ptr %p347 to i64
  %eq351 = icmp eq i64 %a350, ptrtoint (ptr @PyFloat_Type to i64)
  %a352 = ptrtoint ptr %p349 to i64
  %eq353 = icmp eq i64 %a352, ptrtoint (ptr @PyFloat_Type to i64)
  %both354 = and i1 %eq351, %eq353
  br i1 %both354, label %u6.float_fast, label %u6.mixed_check, !prof !1

u6.int_two_digits270:                             ; preds = %u6.int_test
  %size2272 = add i64 %size263, 2
  %two_digits273 = icmp ule i64 %size2272, 4
  br i1 %two_digits273, label %u6.two_digit_int274, label %u6.num_slow, !prof !1

u6.int_value271:                                  ; preds = %u6.two_digit_int274, %u6.int_test
  %ival283 = phi i64 [ %ival1269, %u6.int_test ], [ %ival2282, %u6.two_digit_int274 ]
  %f284 = getelementptr i8, ptr %v119, i64 16
  %size285 = load i64, ptr %f284, align 4
  %size1286 = add i64 %size285, 1
  %one_digit287 = icmp ule i64 %size1286, 2
  %f288 = getelementptr i8, ptr %v119, i64 24
  %digit0289 = load i32, ptr %f288, align 4
  %digit0290 = zext i32 %digit0289 to i64
  %ival1291 = mul i64 %size285, %digit0290
  br i1 %one_digit287, label %u6.int_value293, label %u6.int_two_digits292, !prof !1

u6.two_digit_int274:                              ; preds = %u6.int_two_digits270
  %f275 = getelementptr i8, ptr %materialized, i64 28
  %digit1276 = load i32, ptr %f275, align 4
  %digit1277 = zext i32 %digit1276 to i64
  %hi278 = shl i64 %digit1277, 30
  %mag279 = add i64 %digit0268, %hi278
  %negative280 = icmp slt i64 %size263, 0
  %neg_mag281 = sub i64 0, %mag279
  %ival2282 = select i1 %negative280, i64 %neg_mag281, i64 %mag279
  br label %u6.int_value271

u6.int_two_digits292:                             ; preds = %u6.int_value271
  %size2294 = add i64 %size285, 2
  %two_digits295 = icmp ule i64 %size2294, 4
  br i1 %two_digits295, label %u6.two_digit_int296, label %u6.num_slow, !prof !1

u6.int_value293:                                  ; preds = %u6.two_digit_int296, %u6.int_value271
  %ival305 = phi i64 [ %ival1291, %u6.int_value271 ], [ %ival2304, %u6.two_digit_int296 ]
  %iadd306 = add nsw i64 %ival283, %ival305
  %biased312 = sub i64 %iadd306, -5
  %is_small313 = icmp ult i64 %biased312, 262
  br i1 %is_small313, label %u6.ibox_small308, label %u6.ibox_not_small309

u6.two_digit_int296:                              ; preds = %u6.int_two_digits292
  %f297 = getelementptr i8, ptr %v119, i64 28
  %digit1298 = load i32, ptr %f297, align 4
  %digit1299 = zext i32 %digit1298 to i64
  %hi300 = shl i64 %digit1299, 30
  %mag301 = add i64 %digit0290, %hi300
  %negative302 = icmp slt i64 %size285, 0
  %neg_mag303 = sub i64 0, %mag301
  %ival2304 = select i1 %negative302, i64 %neg_mag303, i64 %mag301
  br label %u6.int_value293

u6.ibox_done307:                                  ; preds = %u6.ibox_call311, %u6.ibox_init328, %u6.ibox_table316
  %int_box345 = phi ptr [ %fd318, %u6.ibox_table316 ], [ %c326, %u6.ibox_init328 ], [ %c344, %u6.ibox_call311 ]
  br label %u6.num_done

u6.ibox_small308:                                 ; preds = %u6.int_value293
  %p314 = load ptr, ptr @rjit_small_ints, align 8
  %have_table315 = icmp ne ptr %p314, null
  br i1 %have_table315, label %u6.ibox_table316, label %u6.ibox_call311, !prof !1

u6.ibox_not_small309:                             ; preds = %u6.int_value293
  %shifted321 = add i64 %iadd306, 1152921504606846975
  %fits322 = icmp ult i64 %shifted321, 2305843009213693951
  %i323 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced324 = icmp eq i32 %i323, 0
  %inline325 = and i1 %fits322, %untraced324
  br i1 %inline325, label %u6.ibox_alloc310, label %u6.ibox_call311, !prof !1

u6.ibox_alloc310:                                 ; preds = %u6.ibox_not_small309
  %c326 = call ptr @PyObject_Malloc(i64 32)
  %allocated327 = icmp ne ptr %c326, null
  br i1 %allocated327, label %u6.ibox_init328, label %u6.ibox_call311, !prof !1

u6.ibox_call311:                                  ; preds = %u6.ibox_alloc310, %u6.ibox_not_small309, %u6.ibox_small308
  %c344 = call ptr @PyLong_FromLongLong(i64 %iadd306)
  br label %u6.ibox_done307

u6.ibox_table316:                                 ; preds = %u6.ibox_small308
  %off317 = mul i64 %biased312, 32
  %fd318 = getelementptr i8, ptr %p314, i64 %off317
  %rc319 = load i64, ptr %fd318, align 4
  %rc1320 = add i64 %rc319, 1
  store i64 %rc1320, ptr %fd318, align 4
  br label %u6.ibox_done307

u6.ibox_init328:                                  ; preds = %u6.ibox_alloc310
  %neg329 = icmp slt i64 %iadd306, 0
  %minus330 = sub i64 0, %iadd306
  %mag331 = select i1 %neg329, i64 %minus330, i64 %iadd306
  %two332 = icmp ugt i64 %mag331, 1073741823
  %ndigits333 = select i1 %two332, i64 2, i64 1
  %minus_n334 = sub i64 0, %ndigits333
  %size335 = select i1 %neg329, i64 %minus_n334, i64 %ndigits333
  %d0336 = and i64 %mag331, 1073741823
  %d1337 = lshr i64 %mag331, 30
  store i64 1, ptr %c326, align 4
  %f338 = getelementptr i8, ptr %c326, i64 8
  store ptr @PyLong_Type, ptr %f338, align 8
  %f339 = getelementptr i8, ptr %c326, i64 16
  store i64 %size335, ptr %f339, align 4
  %digit340 = trunc i64 %d0336 to i32
  %f341 = getelementptr i8, ptr %c326, i64 24
  store i32 %digit340, ptr %f341, align 4
  %digit342 = trunc i64 %d1337 to i32
  %f343 = getelementptr i8, ptr %c326, i64 28
  store i32 %digit342, ptr %f343, align 4
  br label %u6.ibox_done307

u6.float_fast:                                    ; preds = %u6.float_check
  %f355 = getelementptr i8, ptr %materialized, i64 16
  %fval356 = load double, ptr %f355, align 8
  %f357 = getelementptr i8, ptr %v119, i64 16
  %fval358 = load double, ptr %f357, align 8
  %fadd359 = fadd double %fval356, %fval358
  %rc361 = load i64, ptr %materialized, align 4
  %only = icmp eq i64 %rc361, 1
  br i1 %only, label %u6.fbox_operand, label %u6.fbox_next

u6.mixed_check:                                   ; preds = %u6.float_check
  %f367 = getelementptr i8, ptr %materialized, i64 8
  %p368 = load ptr, ptr %f367, align 8
  %a369 = ptrtoint ptr %p368 to i64
  %eq370 = icmp eq i64 %a369, ptrtoint (ptr @PyFloat_Type to i64)
  %a371 = ptrtoint ptr %p368 to i64
  %eq372 = icmp eq i64 %a371, ptrtoint (ptr @PyLong_Type to i64)
  %f373 = getelementptr i8, ptr %v119, i64 8
  %p374 = load ptr, ptr %f373, align 8
  %a375 = ptrtoint ptr %p374 to i64
  %eq376 = icmp eq i64 %a375, ptrtoint (ptr @PyFloat_Type to i64)
  %a377 = ptrtoint ptr %p374 to i64
  %eq378 = icmp eq i64 %a377, ptrtoint (ptr @PyLong_Type to i64)
  %float_first379 = and i1 %eq370, %eq378
  %int_first380 = and i1 %eq372, %eq376
  %mixed381 = or i1 %float_first379, %int_first380
  br i1 %mixed381, label %u6.mixed, label %u6.num_slow, !prof !1

u6.fbox_done360:                                  ; preds = %u6.fbox_next, %u6.fbox_operand
  %fbox366 = phi ptr [ %materialized, %u6.fbox_operand ], [ %c365, %u6.fbox_next ]
  br label %u6.num_done

u6.fbox_operand:                                  ; preds = %u6.float_fast
  %f362 = getelementptr i8, ptr %materialized, i64 16
  store double %fadd359, ptr %f362, align 8
  %rc363 = load i64, ptr %materialized, align 4
  %rc1364 = add i64 %rc363, 1
  store i64 %rc1364, ptr %materialized, align 4
  br label %u6.fbox_done360

u6.fbox_next:                                     ; preds = %u6.float_fast
  %c365 = call ptr @PyFloat_FromDouble(double %fadd359)
  br label %u6.fbox_done360

u6.mixed:                                         ; preds = %u6.mixed_check
  %int_operand382 = select i1 %float_first379, ptr %v119, ptr %materialized
  %float_operand383 = select i1 %float_first379, ptr %materialized, ptr %v119
  %f384 = getelementptr i8, ptr %int_operand382, i64 16
  %size385 = load i64, ptr %f384, align 4
  %size1386 = add i64 %size385, 1
  %one_digit387 = icmp ule i64 %size1386, 2
  %f388 = getelementptr i8, ptr %int_operand382, i64 24
  %digit0389 = load i32, ptr %f388, align 4
  %digit0390 = zext i32 %digit0389 to i64
  %ival1391 = mul i64 %size385, %digit0390
  br i1 %one_digit387, label %u6.int_value393, label %u6.int_two_digits392, !prof !1

u6.int_two_digits392:                             ; preds = %u6.mixed
  %size2394 = add i64 %size385, 2
  %two_digits395 = icmp ule i64 %size2394, 4
  br i1 %two_digits395, label %u6.two_digit_int396, label %u6.num_slow, !prof !1

u6.int_value393:                                  ; preds = %u6.two_digit_int396, %u6.mixed
  %ival405 = phi i64 [ %ival1391, %u6.mixed ], [ %ival2404, %u6.two_digit_int396 ]
  %itof406 = sitofp i64 %ival405 to double
  %f407 = getelementptr i8, ptr %float_operand383, i64 16
  %fval408 = load double, ptr %f407, align 8
  %x409 = select i1 %float_first379, double %fval408, double %itof406
  %y410 = select i1 %float_first379, double %itof406, double %fval408
  %fadd411 = fadd double %x409, %y410
  br label %u6.float_result

u6.two_digit_int396:                              ; preds = %u6.int_two_digits392
  %f397 = getelementptr i8, ptr %int_operand382, i64 28
  %digit1398 = load i32, ptr %f397, align 4
  %digit1399 = zext i32 %digit1398 to i64
  %hi400 = shl i64 %digit1399, 30
  %mag401 = add i64 %digit0390, %hi400
  %negative402 = icmp slt i64 %size385, 0
  %neg_mag403 = sub i64 0, %mag401
  %ival2404 = select i1 %negative402, i64 %neg_mag403, i64 %mag401
  br label %u6.int_value393

u6.fbox_done412:                                  ; preds = %u6.fbox_next420, %u6.fbox_operand419
  %fbox425 = phi ptr [ %materialized, %u6.fbox_operand419 ], [ %c424, %u6.fbox_next420 ]
  br label %u6.num_done

u6.fbox_operand419:                               ; preds = %u6.float_result
  %f421 = getelementptr i8, ptr %materialized, i64 16
  store double %fres, ptr %f421, align 8
  %rc422 = load i64, ptr %materialized, align 4
  %rc1423 = add i64 %rc422, 1
  store i64 %rc1423, ptr %materialized, align 4
  br label %u6.fbox_done412

u6.fbox_next420:                                  ; preds = %u6.float_result
  %c424 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u6.fbox_done412

u6.operator_dunder:                               ; preds = %u6.num_slow
  %c432 = call ptr @rjit_binary_dunder(ptr %0, ptr %materialized, ptr %v119, i32 0)
  br label %u6.operator_done

u6.operator_c:                                    ; preds = %u6.num_slow
  %c433 = call ptr @PyNumber_Add(ptr %materialized, ptr %v119)
  br label %u6.operator_done

u6.operator_done:                                 ; preds = %u6.operator_c, %u6.operator_dunder
  %number434 = phi ptr [ %c432, %u6.operator_dunder ], [ %c433, %u6.operator_c ]
  br label %u6.num_done

u6.xdec438:                                       ; preds = %u6.num_done
  %rc440 = load i64, ptr %v436, align 4
  %rc1441 = sub i64 %rc440, 1
  store i64 %rc1441, ptr %v436, align 4
  %dead442 = icmp eq i64 %rc1441, 0
  br i1 %dead442, label %u6.dealloc443, label %u6.cont444, !prof !0

u6.cont439:                                       ; preds = %u6.cont444, %u6.num_done
  %isnull445 = icmp eq ptr %res435, null
  br i1 %isnull445, label %u6.error, label %u6.ok, !prof !0

u6.dealloc443:                                    ; preds = %u6.xdec438
  call void @_Py_Dealloc(ptr %v436)
  br label %u6.cont444

u6.cont444:                                       ; preds = %u6.dealloc443, %u6.xdec438
  br label %u6.cont439

u6.ok:                                            ; preds = %u6.cont439
  store ptr %res435, ptr %s0, align 8
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
