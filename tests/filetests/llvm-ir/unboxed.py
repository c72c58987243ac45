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
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f12 = getelementptr i8, ptr %0, i64 16
  %p13 = load ptr, ptr %f12, align 8
  %f14 = getelementptr i8, ptr %p13, i64 100
  %eval_breaker = load volatile i32, ptr %f14, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker15, label %cont, !prof !0

i1:                                               ; preds = %cont
  %f19 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f19, align 8
  store ptr %local, ptr %s0, align 8
  br label %i2

i2:                                               ; preds = %i1
  %f20 = getelementptr i8, ptr %1, i64 80
  %local21 = load ptr, ptr %f20, align 8
  store ptr %local21, ptr %s1, align 8
  br label %i3

i3:                                               ; preds = %i2
  %v = load ptr, ptr %s1, align 8
  %v22 = load ptr, ptr %s0, align 8
  %f23 = getelementptr i8, ptr %f2, i64 6
  %f24 = getelementptr i8, ptr %1, i64 56
  store ptr %f23, ptr %f24, align 8
  %f25 = getelementptr i8, ptr %v22, i64 8
  %p26 = load ptr, ptr %f25, align 8
  %f27 = getelementptr i8, ptr %v, i64 8
  %p28 = load ptr, ptr %f27, align 8
  %a = ptrtoint ptr %p26 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a29 = ptrtoint ptr %p28 to i64
  %eq30 = icmp eq i64 %a29, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq30
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %num_out
  %f115 = getelementptr i8, ptr %1, i64 88
  %local116 = load ptr, ptr %f115, align 8
  store ptr %local116, ptr %s1, align 8
  br label %i6

i6:                                               ; preds = %i5
  %v117 = load ptr, ptr %s1, align 8
  %v118 = load ptr, ptr %s0, align 8
  %ukind119 = load i8, ptr %k0, align 1
  %uf120 = load double, ptr %f0, align 8
  %ui121 = load i64, ptr %n0, align 4
  %f122 = getelementptr i8, ptr %f2, i64 12
  %f123 = getelementptr i8, ptr %1, i64 56
  store ptr %f122, ptr %f123, align 8
  %is_float = icmp eq i8 %ukind119, 1
  br i1 %is_float, label %view, label %view_not_float, !prof !1

i8:                                               ; preds = %ok362
  %v364 = load ptr, ptr %s0, align 8
  %f365 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f365, align 4
  %f366 = getelementptr i8, ptr %f2, i64 16
  %f367 = getelementptr i8, ptr %1, i64 56
  store ptr %f366, ptr %f367, align 8
  %f368 = getelementptr i8, ptr %0, i64 56
  %p369 = load ptr, ptr %f368, align 8
  %f370 = getelementptr i8, ptr %1, i64 48
  %p371 = load ptr, ptr %f370, align 8
  %f372 = getelementptr i8, ptr %p369, i64 8
  store ptr %p371, ptr %f372, align 8
  %f373 = getelementptr i8, ptr %0, i64 32
  %rem374 = load i32, ptr %f373, align 4
  %rem1375 = add i32 %rem374, 1
  store i32 %rem1375, ptr %f373, align 4
  ret ptr %v364

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f6 = getelementptr i8, ptr %0, i64 56
  %p7 = load ptr, ptr %f6, align 8
  %f8 = getelementptr i8, ptr %p7, i64 8
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %1, i64 48
  store ptr %p9, ptr %f10, align 8
  %f11 = getelementptr i8, ptr %p7, i64 8
  store ptr %1, ptr %f11, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker15:                                   ; preds = %i0
  %c16 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c16, label %deopt [
    i32 0, label %cont
    i32 -1, label %error
  ]

cont:                                             ; preds = %eval_breaker15, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker15
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c17

error:                                            ; preds = %eval_breaker15
  %c18 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c18

num_done:                                         ; preds = %num_slow
  %res = phi ptr [ %c109, %num_slow ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %error110, label %ok, !prof !0

num_slow:                                         ; preds = %mixed84, %mixed_check, %int_fast, %int_test
  %c109 = call ptr @PyNumber_Multiply(ptr %v22, ptr %v)
  br label %num_done

unboxed_result:                                   ; preds = %mixed_fast, %float_fast, %imul_ok
  %ukind = phi i8 [ 2, %imul_ok ], [ 1, %float_fast ], [ 1, %mixed_fast ]
  %uf = phi double [ 0.000000e+00, %imul_ok ], [ %fmul, %float_fast ], [ %fmul108, %mixed_fast ]
  %ui = phi i64 [ %imul, %imul_ok ], [ 0, %float_fast ], [ 0, %mixed_fast ]
  br label %num_out

int_test:                                         ; preds = %i3
  %f31 = getelementptr i8, ptr %v22, i64 16
  %size = load i64, ptr %f31, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f32 = getelementptr i8, ptr %v22, i64 24
  %digit0 = load i32, ptr %f32, align 4
  %digit033 = zext i32 %digit0 to i64
  %f34 = getelementptr i8, ptr %v22, i64 28
  %digit1 = load i32, ptr %f34, align 4
  %digit135 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit135, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit033, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f36 = getelementptr i8, ptr %v, i64 16
  %size37 = load i64, ptr %f36, align 4
  %size238 = add i64 %size37, 2
  %compact39 = icmp ule i64 %size238, 4
  %f40 = getelementptr i8, ptr %v, i64 24
  %digit041 = load i32, ptr %f40, align 4
  %digit042 = zext i32 %digit041 to i64
  %f43 = getelementptr i8, ptr %v, i64 28
  %digit144 = load i32, ptr %f43, align 4
  %digit145 = zext i32 %digit144 to i64
  %negative46 = icmp slt i64 %size37, 0
  %neg_size47 = sub i64 0, %size37
  %ndigits48 = select i1 %negative46, i64 %neg_size47, i64 %size37
  %two49 = icmp eq i64 %ndigits48, 2
  %hi50 = shl i64 %digit145, 30
  %hi251 = select i1 %two49, i64 %hi50, i64 0
  %mag52 = add i64 %digit042, %hi251
  %zero53 = icmp eq i64 %size37, 0
  %mag054 = select i1 %zero53, i64 0, i64 %mag52
  %neg_mag55 = sub i64 0, %mag054
  %ival56 = select i1 %negative46, i64 %neg_mag55, i64 %mag054
  %compact57 = and i1 %compact, %compact39
  br i1 %compact57, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i3
  %f60 = getelementptr i8, ptr %v22, i64 8
  %p61 = load ptr, ptr %f60, align 8
  %f62 = getelementptr i8, ptr %v, i64 8
  %p63 = load ptr, ptr %f62, align 8
  %a64 = ptrtoint ptr %p61 to i64
  %eq65 = icmp eq i64 %a64, ptrtoint (ptr @PyFloat_Type to i64)
  %a66 = ptrtoint ptr %p63 to i64
  %eq67 = icmp eq i64 %a66, ptrtoint (ptr @PyFloat_Type to i64)
  %both68 = and i1 %eq65, %eq67
  br i1 %both68, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %bias = add i64 %ival, 2147483648
  %small = icmp ult i64 %bias, 4294967296
  %bias58 = add i64 %ival56, 2147483648
  %small59 = icmp ult i64 %bias58, 4294967296
  %both_small = and i1 %small, %small59
  br i1 %both_small, label %imul_ok, label %num_slow, !prof !1

imul_ok:                                          ; preds = %int_fast
  %imul = mul nsw i64 %ival, %ival56
  br label %unboxed_result

float_fast:                                       ; preds = %float_check
  %f69 = getelementptr i8, ptr %v22, i64 16
  %fval = load double, ptr %f69, align 8
  %f70 = getelementptr i8, ptr %v, i64 16
  %fval71 = load double, ptr %f70, align 8
  %fmul = fmul double %fval, %fval71
  br label %unboxed_result

mixed_check:                                      ; preds = %float_check
  %f72 = getelementptr i8, ptr %v22, i64 8
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
  br i1 %mixed, label %mixed84, label %num_slow, !prof !1

mixed84:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v22
  %float_operand = select i1 %float_first, ptr %v22, ptr %v
  %f85 = getelementptr i8, ptr %int_operand, i64 16
  %size86 = load i64, ptr %f85, align 4
  %size287 = add i64 %size86, 2
  %compact88 = icmp ule i64 %size287, 4
  %f89 = getelementptr i8, ptr %int_operand, i64 24
  %digit090 = load i32, ptr %f89, align 4
  %digit091 = zext i32 %digit090 to i64
  %f92 = getelementptr i8, ptr %int_operand, i64 28
  %digit193 = load i32, ptr %f92, align 4
  %digit194 = zext i32 %digit193 to i64
  %negative95 = icmp slt i64 %size86, 0
  %neg_size96 = sub i64 0, %size86
  %ndigits97 = select i1 %negative95, i64 %neg_size96, i64 %size86
  %two98 = icmp eq i64 %ndigits97, 2
  %hi99 = shl i64 %digit194, 30
  %hi2100 = select i1 %two98, i64 %hi99, i64 0
  %mag101 = add i64 %digit091, %hi2100
  %zero102 = icmp eq i64 %size86, 0
  %mag0103 = select i1 %zero102, i64 0, i64 %mag101
  %neg_mag104 = sub i64 0, %mag0103
  %ival105 = select i1 %negative95, i64 %neg_mag104, i64 %mag0103
  br i1 %compact88, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed84
  %itof = sitofp i64 %ival105 to double
  %f106 = getelementptr i8, ptr %float_operand, i64 16
  %fval107 = load double, ptr %f106, align 8
  %x = select i1 %float_first, double %fval107, double %itof
  %y = select i1 %float_first, double %itof, double %fval107
  %fmul108 = fmul double %x, %y
  br label %unboxed_result

error110:                                         ; preds = %num_done
  %c111 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c111

ok:                                               ; preds = %num_done
  br label %num_out

num_out:                                          ; preds = %unboxed_result, %ok
  %uobj = phi ptr [ %res, %ok ], [ null, %unboxed_result ]
  %ukind112 = phi i8 [ 0, %ok ], [ %ukind, %unboxed_result ]
  %uf113 = phi double [ 0.000000e+00, %ok ], [ %uf, %unboxed_result ]
  %ui114 = phi i64 [ 0, %ok ], [ %ui, %unboxed_result ]
  store i8 %ukind112, ptr %k0, align 1
  store double %uf113, ptr %f0, align 8
  store i64 %ui114, ptr %n0, align 4
  store ptr %uobj, ptr %s0, align 8
  br label %i5

num_done124:                                      ; preds = %num_slow125, %fbox_done337, %fbox_done284, %int_fast265, %fbox_done, %unboxed_ints
  %res352 = phi ptr [ %c196, %unboxed_ints ], [ %fbox, %fbox_done ], [ %c267, %int_fast265 ], [ %fbox290, %fbox_done284 ], [ %fbox350, %fbox_done337 ], [ %c351, %num_slow125 ]
  %v353 = load ptr, ptr %s0, align 8
  %isnull354 = icmp eq ptr %v353, null
  br i1 %isnull354, label %cont356, label %xdec355

num_slow125:                                      ; preds = %mixed306, %mixed_check278, %int_test211
  %c351 = call ptr @PyNumber_Add(ptr %materialized, ptr %v117)
  br label %num_done124

float_result:                                     ; preds = %mixed_fast330
  %fres = phi double [ %fadd336, %mixed_fast330 ]
  %rc338 = load i64, ptr %materialized, align 4
  %only339 = icmp eq i64 %rc338, 1
  %f340 = getelementptr i8, ptr %materialized, i64 8
  %p341 = load ptr, ptr %f340, align 8
  %a342 = ptrtoint ptr %p341 to i64
  %eq343 = icmp eq i64 %a342, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only339, %eq343
  br i1 %only_float, label %fbox_operand344, label %fbox_next345

box_operands:                                     ; preds = %view_is_int170, %view_long165, %view_is_int, %view_long, %view_int
  %is_object = icmp eq i8 %ukind119, 0
  br i1 %is_object, label %boxed, label %box_unboxed

view:                                             ; preds = %view_compact158, %view_float, %view_compact, %i6
  %vkind = phi i8 [ 1, %i6 ], [ 2, %view_compact ], [ 1, %view_float ], [ 2, %view_compact158 ]
  %vf = phi double [ %uf120, %i6 ], [ 0.000000e+00, %view_compact ], [ %fval134, %view_float ], [ 0.000000e+00, %view_compact158 ]
  %vi = phi i64 [ 0, %i6 ], [ %ui121, %view_compact ], [ 0, %view_float ], [ %ival157, %view_compact158 ]
  %f160 = getelementptr i8, ptr %v117, i64 8
  %p161 = load ptr, ptr %f160, align 8
  %a162 = ptrtoint ptr %p161 to i64
  %eq163 = icmp eq i64 %a162, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq163, label %view_float164, label %view_long165

view_not_float:                                   ; preds = %i6
  %is_int = icmp eq i8 %ukind119, 2
  br i1 %is_int, label %view_int, label %view_object

view_int:                                         ; preds = %view_not_float
  %bias127 = add i64 %ui121, 1152921504606846976
  %compact128 = icmp ult i64 %bias127, 2305843009213693952
  br i1 %compact128, label %view_compact, label %box_operands, !prof !1

view_object:                                      ; preds = %view_not_float
  %f129 = getelementptr i8, ptr %v118, i64 8
  %p130 = load ptr, ptr %f129, align 8
  %a131 = ptrtoint ptr %p130 to i64
  %eq132 = icmp eq i64 %a131, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq132, label %view_float, label %view_long

view_compact:                                     ; preds = %view_int
  br label %view

view_float:                                       ; preds = %view_object
  %f133 = getelementptr i8, ptr %v118, i64 16
  %fval134 = load double, ptr %f133, align 8
  br label %view

view_long:                                        ; preds = %view_object
  %a135 = ptrtoint ptr %p130 to i64
  %eq136 = icmp eq i64 %a135, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq136, label %view_is_int, label %box_operands, !prof !1

view_is_int:                                      ; preds = %view_long
  %f137 = getelementptr i8, ptr %v118, i64 16
  %size138 = load i64, ptr %f137, align 4
  %size2139 = add i64 %size138, 2
  %compact140 = icmp ule i64 %size2139, 4
  %f141 = getelementptr i8, ptr %v118, i64 24
  %digit0142 = load i32, ptr %f141, align 4
  %digit0143 = zext i32 %digit0142 to i64
  %f144 = getelementptr i8, ptr %v118, i64 28
  %digit1145 = load i32, ptr %f144, align 4
  %digit1146 = zext i32 %digit1145 to i64
  %negative147 = icmp slt i64 %size138, 0
  %neg_size148 = sub i64 0, %size138
  %ndigits149 = select i1 %negative147, i64 %neg_size148, i64 %size138
  %two150 = icmp eq i64 %ndigits149, 2
  %hi151 = shl i64 %digit1146, 30
  %hi2152 = select i1 %two150, i64 %hi151, i64 0
  %mag153 = add i64 %digit0143, %hi2152
  %zero154 = icmp eq i64 %size138, 0
  %mag0155 = select i1 %zero154, i64 0, i64 %mag153
  %neg_mag156 = sub i64 0, %mag0155
  %ival157 = select i1 %negative147, i64 %neg_mag156, i64 %mag0155
  br i1 %compact140, label %view_compact158, label %box_operands, !prof !1

view_compact158:                                  ; preds = %view_is_int
  br label %view

view159:                                          ; preds = %view_compact192, %view_float164
  %vkind193 = phi i8 [ 1, %view_float164 ], [ 2, %view_compact192 ]
  %vf194 = phi double [ %fval167, %view_float164 ], [ 0.000000e+00, %view_compact192 ]
  %vi195 = phi i64 [ 0, %view_float164 ], [ %ival191, %view_compact192 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind193, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %unboxed_ints, label %unboxed_floats

view_float164:                                    ; preds = %view
  %f166 = getelementptr i8, ptr %v117, i64 16
  %fval167 = load double, ptr %f166, align 8
  br label %view159

view_long165:                                     ; preds = %view
  %a168 = ptrtoint ptr %p161 to i64
  %eq169 = icmp eq i64 %a168, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq169, label %view_is_int170, label %box_operands, !prof !1

view_is_int170:                                   ; preds = %view_long165
  %f171 = getelementptr i8, ptr %v117, i64 16
  %size172 = load i64, ptr %f171, align 4
  %size2173 = add i64 %size172, 2
  %compact174 = icmp ule i64 %size2173, 4
  %f175 = getelementptr i8, ptr %v117, i64 24
  %digit0176 = load i32, ptr %f175, align 4
  %digit0177 = zext i32 %digit0176 to i64
  %f178 = getelementptr i8, ptr %v117, i64 28
  %digit1179 = load i32, ptr %f178, align 4
  %digit1180 = zext i32 %digit1179 to i64
  %negative181 = icmp slt i64 %size172, 0
  %neg_size182 = sub i64 0, %size172
  %ndigits183 = select i1 %negative181, i64 %neg_size182, i64 %size172
  %two184 = icmp eq i64 %ndigits183, 2
  %hi185 = shl i64 %digit1180, 30
  %hi2186 = select i1 %two184, i64 %hi185, i64 0
  %mag187 = add i64 %digit0177, %hi2186
  %zero188 = icmp eq i64 %size172, 0
  %mag0189 = select i1 %zero188, i64 0, i64 %mag187
  %neg_mag190 = sub i64 0, %mag0189
  %ival191 = select i1 %negative181, i64 %neg_mag190, i64 %mag0189
  br i1 %compact174, label %view_compact192, label %box_operands, !prof !1

view_compact192:                                  ; preds = %view_is_int170
  br label %view159

unboxed_ints:                                     ; preds = %view159
  %iadd = add nsw i64 %vi, %vi195
  %c196 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done124

unboxed_floats:                                   ; preds = %view159
  %itof197 = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof197, double %vf
  %itof198 = sitofp i64 %vi195 to double
  %view_f199 = select i1 %rint, double %itof198, double %vf194
  %fadd = fadd double %view_f, %view_f199
  %c200 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

fbox_done:                                        ; preds = %unboxed_floats
  %fbox = phi ptr [ %c200, %unboxed_floats ]
  br label %num_done124

box_unboxed:                                      ; preds = %box_operands
  %is_float201 = icmp eq i8 %ukind119, 1
  br i1 %is_float201, label %box_float, label %box_int

boxed:                                            ; preds = %box_ok, %box_operands
  %materialized = phi ptr [ %v118, %box_operands ], [ %box, %box_ok ]
  %f213 = getelementptr i8, ptr %materialized, i64 8
  %p214 = load ptr, ptr %f213, align 8
  %f215 = getelementptr i8, ptr %v117, i64 8
  %p216 = load ptr, ptr %f215, align 8
  %a217 = ptrtoint ptr %p214 to i64
  %eq218 = icmp eq i64 %a217, ptrtoint (ptr @PyLong_Type to i64)
  %a219 = ptrtoint ptr %p216 to i64
  %eq220 = icmp eq i64 %a219, ptrtoint (ptr @PyLong_Type to i64)
  %both221 = and i1 %eq218, %eq220
  br i1 %both221, label %int_test211, label %float_check212

box_float:                                        ; preds = %box_unboxed
  %c202 = call ptr @PyFloat_FromDouble(double %uf120)
  br label %box_made

box_int:                                          ; preds = %box_unboxed
  %c203 = call ptr @PyLong_FromLongLong(i64 %ui121)
  br label %box_made

box_made:                                         ; preds = %box_int, %box_float
  %box = phi ptr [ %c202, %box_float ], [ %c203, %box_int ]
  store ptr %box, ptr %s0, align 8
  %box_failed = icmp eq ptr %box, null
  br i1 %box_failed, label %box_failed204, label %box_ok, !prof !0

box_failed204:                                    ; preds = %box_made
  %v205 = load ptr, ptr %s0, align 8
  %isnull206 = icmp eq ptr %v205, null
  br i1 %isnull206, label %cont207, label %xdec

box_ok:                                           ; preds = %box_made
  br label %boxed

xdec:                                             ; preds = %box_failed204
  %rc = load i64, ptr %v205, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v205, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont208

cont207:                                          ; preds = %cont208, %box_failed204
  br label %error209

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v205)
  br label %cont208

cont208:                                          ; preds = %dealloc, %xdec
  br label %cont207

error209:                                         ; preds = %cont356, %cont207
  %c210 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c210

int_test211:                                      ; preds = %boxed
  %f222 = getelementptr i8, ptr %materialized, i64 16
  %size223 = load i64, ptr %f222, align 4
  %size2224 = add i64 %size223, 2
  %compact225 = icmp ule i64 %size2224, 4
  %f226 = getelementptr i8, ptr %materialized, i64 24
  %digit0227 = load i32, ptr %f226, align 4
  %digit0228 = zext i32 %digit0227 to i64
  %f229 = getelementptr i8, ptr %materialized, i64 28
  %digit1230 = load i32, ptr %f229, align 4
  %digit1231 = zext i32 %digit1230 to i64
  %negative232 = icmp slt i64 %size223, 0
  %neg_size233 = sub i64 0, %size223
  %ndigits234 = select i1 %negative232, i64 %neg_size233, i64 %size223
  %two235 = icmp eq i64 %ndigits234, 2
  %hi236 = shl i64 %digit1231, 30
  %hi2237 = select i1 %two235, i64 %hi236, i64 0
  %mag238 = add i64 %digit0228, %hi2237
  %zero239 = icmp eq i64 %size223, 0
  %mag0240 = select i1 %zero239, i64 0, i64 %mag238
  %neg_mag241 = sub i64 0, %mag0240
  %ival242 = select i1 %negative232, i64 %neg_mag241, i64 %mag0240
  %f243 = getelementptr i8, ptr %v117, i64 16
  %size244 = load i64, ptr %f243, align 4
  %size2245 = add i64 %size244, 2
  %compact246 = icmp ule i64 %size2245, 4
  %f247 = getelementptr i8, ptr %v117, i64 24
  %digit0248 = load i32, ptr %f247, align 4
  %digit0249 = zext i32 %digit0248 to i64
  %f250 = getelementptr i8, ptr %v117, i64 28
  %digit1251 = load i32, ptr %f250, align 4
  %digit1252 = zext i32 %digit1251 to i64
  %negative253 = icmp slt i64 %size244, 0
  %neg_size254 = sub i64 0, %size244
  %ndigits255 = select i1 %negative253, i64 %neg_size254, i64 %size244
  %two256 = icmp eq i64 %ndigits255, 2
  %hi257 = shl i64 %digit1252, 30
  %hi2258 = select i1 %two256, i64 %hi257, i64 0
  %mag259 = add i64 %digit0249, %hi2258
  %zero260 = icmp eq i64 %size244, 0
  %mag0261 = select i1 %zero260, i64 0, i64 %mag259
  %neg_mag262 = sub i64 0, %mag0261
  %ival263 = select i1 %negative253, i64 %neg_mag262, i64 %mag0261
  %compact264 = and i1 %compact225, %compact246
  br i1 %compact264, label %int_fast265, label %num_slow125, !prof !1

float_check212:                                   ; preds = %boxed
  %f268 = getelementptr i8, ptr %materialized, i64 8
  %p269 = load ptr, ptr %f268, align 8
  %f270 = getelementptr i8, ptr %v117, i64 8
  %p271 = load ptr, ptr %f270, align 8
  %a272 = ptrtoint ptr %p269 to i64
  %eq273 = icmp eq i64 %a272, ptrtoint (ptr @PyFloat_Type to i64)
  %a274 = ptrtoint ptr %p271 to i64
  %eq275 = icmp eq i64 %a274, ptrtoint (ptr @PyFloat_Type to i64)
  %both276 = and i1 %eq273, %eq275
  br i1 %both276, label %float_fast277, label %mixed_check278, !prof !1

int_fast265:                                      ; preds = %int_test211
  %iadd266 = add nsw i64 %ival242, %ival263
  %c267 = call ptr @PyLong_FromLongLong(i64 %iadd266)
  br label %num_done124

float_fast277:                                    ; preds = %float_check212
  %f279 = getelementptr i8, ptr %materialized, i64 16
  %fval280 = load double, ptr %f279, align 8
  %f281 = getelementptr i8, ptr %v117, i64 16
  %fval282 = load double, ptr %f281, align 8
  %fadd283 = fadd double %fval280, %fval282
  %rc285 = load i64, ptr %materialized, align 4
  %only = icmp eq i64 %rc285, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check278:                                   ; preds = %float_check212
  %f291 = getelementptr i8, ptr %materialized, i64 8
  %p292 = load ptr, ptr %f291, align 8
  %a293 = ptrtoint ptr %p292 to i64
  %eq294 = icmp eq i64 %a293, ptrtoint (ptr @PyFloat_Type to i64)
  %a295 = ptrtoint ptr %p292 to i64
  %eq296 = icmp eq i64 %a295, ptrtoint (ptr @PyLong_Type to i64)
  %f297 = getelementptr i8, ptr %v117, i64 8
  %p298 = load ptr, ptr %f297, align 8
  %a299 = ptrtoint ptr %p298 to i64
  %eq300 = icmp eq i64 %a299, ptrtoint (ptr @PyFloat_Type to i64)
  %a301 = ptrtoint ptr %p298 to i64
  %eq302 = icmp eq i64 %a301, ptrtoint (ptr @PyLong_Type to i64)
  %float_first303 = and i1 %eq294, %eq302
  %int_first304 = and i1 %eq296, %eq300
  %mixed305 = or i1 %float_first303, %int_first304
  br i1 %mixed305, label %mixed306, label %num_slow125, !prof !1

fbox_done284:                                     ; preds = %fbox_next, %fbox_operand
  %fbox290 = phi ptr [ %materialized, %fbox_operand ], [ %c289, %fbox_next ]
  br label %num_done124

fbox_operand:                                     ; preds = %float_fast277
  %f286 = getelementptr i8, ptr %materialized, i64 16
  store double %fadd283, ptr %f286, align 8
  %rc287 = load i64, ptr %materialized, align 4
  %rc1288 = add i64 %rc287, 1
  store i64 %rc1288, ptr %materialized, align 4
  br label %fbox_done284

fbox_next:                                        ; preds = %float_fast277
  %c289 = call ptr @PyFloat_FromDouble(double %fadd283)
  br label %fbox_done284

mixed306:                                         ; preds = %mixed_check278
  %int_operand307 = select i1 %float_first303, ptr %v117, ptr %materialized
  %float_operand308 = select i1 %float_first303, ptr %materialized, ptr %v117
  %f309 = getelementptr i8, ptr %int_operand307, i64 16
  %size310 = load i64, ptr %f309, align 4
  %size2311 = add i64 %size310, 2
  %compact312 = icmp ule i64 %size2311, 4
  %f313 = getelementptr i8, ptr %int_operand307, i64 24
  %digit0314 = load i32, ptr %f313, align 4
  %digit0315 = zext i32 %digit0314 to i64
  %f316 = getelementptr i8, ptr %int_operand307, i64 28
  %digit1317 = load i32, ptr %f316, align 4
  %digit1318 = zext i32 %digit1317 to i64
  %negative319 = icmp slt i64 %size310, 0
  %neg_size320 = sub i64 0, %size310
  %ndigits321 = select i1 %negative319, i64 %neg_size320, i64 %size310
  %two322 = icmp eq i64 %ndigits321, 2
  %hi323 = shl i64 %digit1318, 30
  %hi2324 = select i1 %two322, i64 %hi323, i64 0
  %mag325 = add i64 %digit0315, %hi2324
  %zero326 = icmp eq i64 %size310, 0
  %mag0327 = select i1 %zero326, i64 0, i64 %mag325
  %neg_mag328 = sub i64 0, %mag0327
  %ival329 = select i1 %negative319, i64 %neg_mag328, i64 %mag0327
  br i1 %compact312, label %mixed_fast330, label %num_slow125, !prof !1

mixed_fast330:                                    ; preds = %mixed306
  %itof331 = sitofp i64 %ival329 to double
  %f332 = getelementptr i8, ptr %float_operand308, i64 16
  %fval333 = load double, ptr %f332, align 8
  %x334 = select i1 %float_first303, double %fval333, double %itof331
  %y335 = select i1 %float_first303, double %itof331, double %fval333
  %fadd336 = fadd double %x334, %y335
  br label %float_result

fbox_done337:                                     ; preds = %fbox_next345, %fbox_operand344
  %fbox350 = phi ptr [ %materialized, %fbox_operand344 ], [ %c349, %fbox_next345 ]
  br label %num_done124

fbox_operand344:                                  ; preds = %float_result
  %f346 = getelementptr i8, ptr %materialized, i64 16
  store double %fres, ptr %f346, align 8
  %rc347 = load i64, ptr %materialized, align 4
  %rc1348 = add i64 %rc347, 1
  store i64 %rc1348, ptr %materialized, align 4
  br label %fbox_done337

fbox_next345:                                     ; preds = %float_result
  %c349 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done337

xdec355:                                          ; preds = %num_done124
  %rc357 = load i64, ptr %v353, align 4
  %rc1358 = sub i64 %rc357, 1
  store i64 %rc1358, ptr %v353, align 4
  %dead359 = icmp eq i64 %rc1358, 0
  br i1 %dead359, label %dealloc360, label %cont361

cont356:                                          ; preds = %cont361, %num_done124
  %isnull363 = icmp eq ptr %res352, null
  br i1 %isnull363, label %error209, label %ok362, !prof !0

dealloc360:                                       ; preds = %xdec355
  call void @_Py_Dealloc(ptr %v353)
  br label %cont361

cont361:                                          ; preds = %dealloc360, %xdec355
  br label %cont356

ok362:                                            ; preds = %cont356
  store ptr %res352, ptr %s0, align 8
  br label %i8
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare ptr @PyNumber_Multiply(ptr, ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare void @_Py_Dealloc(ptr)

declare ptr @PyNumber_Add(ptr, ptr)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
