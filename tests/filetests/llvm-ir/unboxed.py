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
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %scratch = alloca ptr, align 8
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
  %f113 = getelementptr i8, ptr %1, i64 88
  %local114 = load ptr, ptr %f113, align 8
  store ptr %local114, ptr %s1, align 8
  br label %i6

i6:                                               ; preds = %i5
  %v115 = load ptr, ptr %s1, align 8
  %v116 = load ptr, ptr %s0, align 8
  %uf = load double, ptr %f0, align 8
  %f117 = getelementptr i8, ptr %f2, i64 12
  %f118 = getelementptr i8, ptr %1, i64 56
  store ptr %f117, ptr %f118, align 8
  %unboxed = icmp eq ptr %v116, null
  br i1 %unboxed, label %fview, label %unboxed_obj, !prof !1

i8:                                               ; preds = %ok322
  %v324 = load ptr, ptr %s0, align 8
  %f325 = getelementptr i8, ptr %1, i64 64
  store i32 3, ptr %f325, align 4
  %f326 = getelementptr i8, ptr %f2, i64 16
  %f327 = getelementptr i8, ptr %1, i64 56
  store ptr %f326, ptr %f327, align 8
  %f328 = getelementptr i8, ptr %0, i64 56
  %p329 = load ptr, ptr %f328, align 8
  %f330 = getelementptr i8, ptr %1, i64 48
  %p331 = load ptr, ptr %f330, align 8
  %f332 = getelementptr i8, ptr %p329, i64 8
  store ptr %p331, ptr %f332, align 8
  %f333 = getelementptr i8, ptr %0, i64 32
  %rem334 = load i32, ptr %f333, align 4
  %rem1335 = add i32 %rem334, 1
  store i32 %rem1335, ptr %f333, align 4
  ret ptr %v324

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

num_done:                                         ; preds = %num_slow, %imul_ok
  %res = phi ptr [ %c60, %imul_ok ], [ %c110, %num_slow ]
  %isnull = icmp eq ptr %res, null
  br i1 %isnull, label %error111, label %ok, !prof !0

num_slow:                                         ; preds = %mixed85, %mixed_check, %int_fast, %int_test
  %c110 = call ptr @PyNumber_Multiply(ptr %v22, ptr %v)
  br label %num_done

unboxed_result:                                   ; preds = %mixed_fast, %float_fast
  %ufres = phi double [ %fmul, %float_fast ], [ %fmul109, %mixed_fast ]
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
  %f61 = getelementptr i8, ptr %v22, i64 8
  %p62 = load ptr, ptr %f61, align 8
  %f63 = getelementptr i8, ptr %v, i64 8
  %p64 = load ptr, ptr %f63, align 8
  %a65 = ptrtoint ptr %p62 to i64
  %eq66 = icmp eq i64 %a65, ptrtoint (ptr @PyFloat_Type to i64)
  %a67 = ptrtoint ptr %p64 to i64
  %eq68 = icmp eq i64 %a67, ptrtoint (ptr @PyFloat_Type to i64)
  %both69 = and i1 %eq66, %eq68
  br i1 %both69, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %bias = add i64 %ival, 2147483648
  %small = icmp ult i64 %bias, 4294967296
  %bias58 = add i64 %ival56, 2147483648
  %small59 = icmp ult i64 %bias58, 4294967296
  %both_small = and i1 %small, %small59
  br i1 %both_small, label %imul_ok, label %num_slow, !prof !1

imul_ok:                                          ; preds = %int_fast
  %imul = mul nsw i64 %ival, %ival56
  %c60 = call ptr @PyLong_FromLongLong(i64 %imul)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f70 = getelementptr i8, ptr %v22, i64 16
  %fval = load double, ptr %f70, align 8
  %f71 = getelementptr i8, ptr %v, i64 16
  %fval72 = load double, ptr %f71, align 8
  %fmul = fmul double %fval, %fval72
  br label %unboxed_result

mixed_check:                                      ; preds = %float_check
  %f73 = getelementptr i8, ptr %v22, i64 8
  %p74 = load ptr, ptr %f73, align 8
  %a75 = ptrtoint ptr %p74 to i64
  %eq76 = icmp eq i64 %a75, ptrtoint (ptr @PyFloat_Type to i64)
  %a77 = ptrtoint ptr %p74 to i64
  %eq78 = icmp eq i64 %a77, ptrtoint (ptr @PyLong_Type to i64)
  %f79 = getelementptr i8, ptr %v, i64 8
  %p80 = load ptr, ptr %f79, align 8
  %a81 = ptrtoint ptr %p80 to i64
  %eq82 = icmp eq i64 %a81, ptrtoint (ptr @PyFloat_Type to i64)
  %a83 = ptrtoint ptr %p80 to i64
  %eq84 = icmp eq i64 %a83, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq76, %eq84
  %int_first = and i1 %eq78, %eq82
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed85, label %num_slow, !prof !1

mixed85:                                          ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v, ptr %v22
  %float_operand = select i1 %float_first, ptr %v22, ptr %v
  %f86 = getelementptr i8, ptr %int_operand, i64 16
  %size87 = load i64, ptr %f86, align 4
  %size288 = add i64 %size87, 2
  %compact89 = icmp ule i64 %size288, 4
  %f90 = getelementptr i8, ptr %int_operand, i64 24
  %digit091 = load i32, ptr %f90, align 4
  %digit092 = zext i32 %digit091 to i64
  %f93 = getelementptr i8, ptr %int_operand, i64 28
  %digit194 = load i32, ptr %f93, align 4
  %digit195 = zext i32 %digit194 to i64
  %negative96 = icmp slt i64 %size87, 0
  %neg_size97 = sub i64 0, %size87
  %ndigits98 = select i1 %negative96, i64 %neg_size97, i64 %size87
  %two99 = icmp eq i64 %ndigits98, 2
  %hi100 = shl i64 %digit195, 30
  %hi2101 = select i1 %two99, i64 %hi100, i64 0
  %mag102 = add i64 %digit092, %hi2101
  %zero103 = icmp eq i64 %size87, 0
  %mag0104 = select i1 %zero103, i64 0, i64 %mag102
  %neg_mag105 = sub i64 0, %mag0104
  %ival106 = select i1 %negative96, i64 %neg_mag105, i64 %mag0104
  br i1 %compact89, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed85
  %itof = sitofp i64 %ival106 to double
  %f107 = getelementptr i8, ptr %float_operand, i64 16
  %fval108 = load double, ptr %f107, align 8
  %x = select i1 %float_first, double %fval108, double %itof
  %y = select i1 %float_first, double %itof, double %fval108
  %fmul109 = fmul double %x, %y
  br label %unboxed_result

error111:                                         ; preds = %num_done
  %c112 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c112

ok:                                               ; preds = %num_done
  br label %num_out

num_out:                                          ; preds = %unboxed_result, %ok
  %uobj = phi ptr [ %res, %ok ], [ null, %unboxed_result ]
  %ufval = phi double [ 0.000000e+00, %ok ], [ %ufres, %unboxed_result ]
  store double %ufval, ptr %f0, align 8
  store ptr %uobj, ptr %s0, align 8
  br label %i5

num_done119:                                      ; preds = %num_slow120, %fbox_done297, %fbox_done244, %int_fast226, %fbox_done
  %res312 = phi ptr [ %fbox, %fbox_done ], [ %c227, %int_fast226 ], [ %fbox250, %fbox_done244 ], [ %fbox310, %fbox_done297 ], [ %c311, %num_slow120 ]
  %v313 = load ptr, ptr %s0, align 8
  %isnull314 = icmp eq ptr %v313, null
  br i1 %isnull314, label %cont316, label %xdec315

num_slow120:                                      ; preds = %mixed266, %mixed_check238, %int_test172
  %c311 = call ptr @PyNumber_Add(ptr %materialized, ptr %v115)
  br label %num_done119

float_result:                                     ; preds = %mixed_fast290
  %fres = phi double [ %fadd296, %mixed_fast290 ]
  %rc298 = load i64, ptr %materialized, align 4
  %only299 = icmp eq i64 %rc298, 1
  %f300 = getelementptr i8, ptr %materialized, i64 8
  %p301 = load ptr, ptr %f300, align 8
  %a302 = ptrtoint ptr %p301 to i64
  %eq303 = icmp eq i64 %a302, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only299, %eq303
  br i1 %only_float, label %fbox_operand304, label %fbox_next305

box_operands:                                     ; preds = %view_is_int, %view_int, %unboxed_obj
  %unboxed163 = icmp eq ptr %v116, null
  br i1 %unboxed163, label %box_unboxed, label %boxed

fview:                                            ; preds = %view_float, %i6
  %fview128 = phi double [ %uf, %i6 ], [ %fval127, %view_float ]
  %f130 = getelementptr i8, ptr %v115, i64 8
  %p131 = load ptr, ptr %f130, align 8
  %a132 = ptrtoint ptr %p131 to i64
  %eq133 = icmp eq i64 %a132, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq133, label %view_float134, label %view_int

unboxed_obj:                                      ; preds = %i6
  %f122 = getelementptr i8, ptr %v116, i64 8
  %p123 = load ptr, ptr %f122, align 8
  %a124 = ptrtoint ptr %p123 to i64
  %eq125 = icmp eq i64 %a124, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq125, label %view_float, label %box_operands

view_float:                                       ; preds = %unboxed_obj
  %f126 = getelementptr i8, ptr %v116, i64 16
  %fval127 = load double, ptr %f126, align 8
  br label %fview

fview129:                                         ; preds = %view_compact, %view_float134
  %fview161 = phi double [ %fval136, %view_float134 ], [ %itof160, %view_compact ]
  %fadd = fadd double %fview128, %fview161
  %c162 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

view_float134:                                    ; preds = %fview
  %f135 = getelementptr i8, ptr %v115, i64 16
  %fval136 = load double, ptr %f135, align 8
  br label %fview129

view_int:                                         ; preds = %fview
  %a137 = ptrtoint ptr %p131 to i64
  %eq138 = icmp eq i64 %a137, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq138, label %view_is_int, label %box_operands, !prof !1

view_is_int:                                      ; preds = %view_int
  %f139 = getelementptr i8, ptr %v115, i64 16
  %size140 = load i64, ptr %f139, align 4
  %size2141 = add i64 %size140, 2
  %compact142 = icmp ule i64 %size2141, 4
  %f143 = getelementptr i8, ptr %v115, i64 24
  %digit0144 = load i32, ptr %f143, align 4
  %digit0145 = zext i32 %digit0144 to i64
  %f146 = getelementptr i8, ptr %v115, i64 28
  %digit1147 = load i32, ptr %f146, align 4
  %digit1148 = zext i32 %digit1147 to i64
  %negative149 = icmp slt i64 %size140, 0
  %neg_size150 = sub i64 0, %size140
  %ndigits151 = select i1 %negative149, i64 %neg_size150, i64 %size140
  %two152 = icmp eq i64 %ndigits151, 2
  %hi153 = shl i64 %digit1148, 30
  %hi2154 = select i1 %two152, i64 %hi153, i64 0
  %mag155 = add i64 %digit0145, %hi2154
  %zero156 = icmp eq i64 %size140, 0
  %mag0157 = select i1 %zero156, i64 0, i64 %mag155
  %neg_mag158 = sub i64 0, %mag0157
  %ival159 = select i1 %negative149, i64 %neg_mag158, i64 %mag0157
  br i1 %compact142, label %view_compact, label %box_operands, !prof !1

view_compact:                                     ; preds = %view_is_int
  %itof160 = sitofp i64 %ival159 to double
  br label %fview129

fbox_done:                                        ; preds = %fview129
  %fbox = phi ptr [ %c162, %fview129 ]
  br label %num_done119

box_unboxed:                                      ; preds = %box_operands
  %c164 = call ptr @PyFloat_FromDouble(double %uf)
  store ptr %c164, ptr %s0, align 8
  %box_failed = icmp eq ptr %c164, null
  br i1 %box_failed, label %box_failed165, label %box_ok, !prof !0

boxed:                                            ; preds = %box_ok, %box_operands
  %materialized = phi ptr [ %v116, %box_operands ], [ %c164, %box_ok ]
  %f174 = getelementptr i8, ptr %materialized, i64 8
  %p175 = load ptr, ptr %f174, align 8
  %f176 = getelementptr i8, ptr %v115, i64 8
  %p177 = load ptr, ptr %f176, align 8
  %a178 = ptrtoint ptr %p175 to i64
  %eq179 = icmp eq i64 %a178, ptrtoint (ptr @PyLong_Type to i64)
  %a180 = ptrtoint ptr %p177 to i64
  %eq181 = icmp eq i64 %a180, ptrtoint (ptr @PyLong_Type to i64)
  %both182 = and i1 %eq179, %eq181
  br i1 %both182, label %int_test172, label %float_check173

box_failed165:                                    ; preds = %box_unboxed
  %v166 = load ptr, ptr %s0, align 8
  %isnull167 = icmp eq ptr %v166, null
  br i1 %isnull167, label %cont168, label %xdec

box_ok:                                           ; preds = %box_unboxed
  br label %boxed

xdec:                                             ; preds = %box_failed165
  %rc = load i64, ptr %v166, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v166, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont169

cont168:                                          ; preds = %cont169, %box_failed165
  br label %error170

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v166)
  br label %cont169

cont169:                                          ; preds = %dealloc, %xdec
  br label %cont168

error170:                                         ; preds = %cont316, %cont168
  %c171 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 6, i32 0, i32 1)
  ret ptr %c171

int_test172:                                      ; preds = %boxed
  %f183 = getelementptr i8, ptr %materialized, i64 16
  %size184 = load i64, ptr %f183, align 4
  %size2185 = add i64 %size184, 2
  %compact186 = icmp ule i64 %size2185, 4
  %f187 = getelementptr i8, ptr %materialized, i64 24
  %digit0188 = load i32, ptr %f187, align 4
  %digit0189 = zext i32 %digit0188 to i64
  %f190 = getelementptr i8, ptr %materialized, i64 28
  %digit1191 = load i32, ptr %f190, align 4
  %digit1192 = zext i32 %digit1191 to i64
  %negative193 = icmp slt i64 %size184, 0
  %neg_size194 = sub i64 0, %size184
  %ndigits195 = select i1 %negative193, i64 %neg_size194, i64 %size184
  %two196 = icmp eq i64 %ndigits195, 2
  %hi197 = shl i64 %digit1192, 30
  %hi2198 = select i1 %two196, i64 %hi197, i64 0
  %mag199 = add i64 %digit0189, %hi2198
  %zero200 = icmp eq i64 %size184, 0
  %mag0201 = select i1 %zero200, i64 0, i64 %mag199
  %neg_mag202 = sub i64 0, %mag0201
  %ival203 = select i1 %negative193, i64 %neg_mag202, i64 %mag0201
  %f204 = getelementptr i8, ptr %v115, i64 16
  %size205 = load i64, ptr %f204, align 4
  %size2206 = add i64 %size205, 2
  %compact207 = icmp ule i64 %size2206, 4
  %f208 = getelementptr i8, ptr %v115, i64 24
  %digit0209 = load i32, ptr %f208, align 4
  %digit0210 = zext i32 %digit0209 to i64
  %f211 = getelementptr i8, ptr %v115, i64 28
  %digit1212 = load i32, ptr %f211, align 4
  %digit1213 = zext i32 %digit1212 to i64
  %negative214 = icmp slt i64 %size205, 0
  %neg_size215 = sub i64 0, %size205
  %ndigits216 = select i1 %negative214, i64 %neg_size215, i64 %size205
  %two217 = icmp eq i64 %ndigits216, 2
  %hi218 = shl i64 %digit1213, 30
  %hi2219 = select i1 %two217, i64 %hi218, i64 0
  %mag220 = add i64 %digit0210, %hi2219
  %zero221 = icmp eq i64 %size205, 0
  %mag0222 = select i1 %zero221, i64 0, i64 %mag220
  %neg_mag223 = sub i64 0, %mag0222
  %ival224 = select i1 %negative214, i64 %neg_mag223, i64 %mag0222
  %compact225 = and i1 %compact186, %compact207
  br i1 %compact225, label %int_fast226, label %num_slow120, !prof !1

float_check173:                                   ; preds = %boxed
  %f228 = getelementptr i8, ptr %materialized, i64 8
  %p229 = load ptr, ptr %f228, align 8
  %f230 = getelementptr i8, ptr %v115, i64 8
  %p231 = load ptr, ptr %f230, align 8
  %a232 = ptrtoint ptr %p229 to i64
  %eq233 = icmp eq i64 %a232, ptrtoint (ptr @PyFloat_Type to i64)
  %a234 = ptrtoint ptr %p231 to i64
  %eq235 = icmp eq i64 %a234, ptrtoint (ptr @PyFloat_Type to i64)
  %both236 = and i1 %eq233, %eq235
  br i1 %both236, label %float_fast237, label %mixed_check238, !prof !1

int_fast226:                                      ; preds = %int_test172
  %iadd = add nsw i64 %ival203, %ival224
  %c227 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done119

float_fast237:                                    ; preds = %float_check173
  %f239 = getelementptr i8, ptr %materialized, i64 16
  %fval240 = load double, ptr %f239, align 8
  %f241 = getelementptr i8, ptr %v115, i64 16
  %fval242 = load double, ptr %f241, align 8
  %fadd243 = fadd double %fval240, %fval242
  %rc245 = load i64, ptr %materialized, align 4
  %only = icmp eq i64 %rc245, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check238:                                   ; preds = %float_check173
  %f251 = getelementptr i8, ptr %materialized, i64 8
  %p252 = load ptr, ptr %f251, align 8
  %a253 = ptrtoint ptr %p252 to i64
  %eq254 = icmp eq i64 %a253, ptrtoint (ptr @PyFloat_Type to i64)
  %a255 = ptrtoint ptr %p252 to i64
  %eq256 = icmp eq i64 %a255, ptrtoint (ptr @PyLong_Type to i64)
  %f257 = getelementptr i8, ptr %v115, i64 8
  %p258 = load ptr, ptr %f257, align 8
  %a259 = ptrtoint ptr %p258 to i64
  %eq260 = icmp eq i64 %a259, ptrtoint (ptr @PyFloat_Type to i64)
  %a261 = ptrtoint ptr %p258 to i64
  %eq262 = icmp eq i64 %a261, ptrtoint (ptr @PyLong_Type to i64)
  %float_first263 = and i1 %eq254, %eq262
  %int_first264 = and i1 %eq256, %eq260
  %mixed265 = or i1 %float_first263, %int_first264
  br i1 %mixed265, label %mixed266, label %num_slow120, !prof !1

fbox_done244:                                     ; preds = %fbox_next, %fbox_operand
  %fbox250 = phi ptr [ %materialized, %fbox_operand ], [ %c249, %fbox_next ]
  br label %num_done119

fbox_operand:                                     ; preds = %float_fast237
  %f246 = getelementptr i8, ptr %materialized, i64 16
  store double %fadd243, ptr %f246, align 8
  %rc247 = load i64, ptr %materialized, align 4
  %rc1248 = add i64 %rc247, 1
  store i64 %rc1248, ptr %materialized, align 4
  br label %fbox_done244

fbox_next:                                        ; preds = %float_fast237
  %c249 = call ptr @PyFloat_FromDouble(double %fadd243)
  br label %fbox_done244

mixed266:                                         ; preds = %mixed_check238
  %int_operand267 = select i1 %float_first263, ptr %v115, ptr %materialized
  %float_operand268 = select i1 %float_first263, ptr %materialized, ptr %v115
  %f269 = getelementptr i8, ptr %int_operand267, i64 16
  %size270 = load i64, ptr %f269, align 4
  %size2271 = add i64 %size270, 2
  %compact272 = icmp ule i64 %size2271, 4
  %f273 = getelementptr i8, ptr %int_operand267, i64 24
  %digit0274 = load i32, ptr %f273, align 4
  %digit0275 = zext i32 %digit0274 to i64
  %f276 = getelementptr i8, ptr %int_operand267, i64 28
  %digit1277 = load i32, ptr %f276, align 4
  %digit1278 = zext i32 %digit1277 to i64
  %negative279 = icmp slt i64 %size270, 0
  %neg_size280 = sub i64 0, %size270
  %ndigits281 = select i1 %negative279, i64 %neg_size280, i64 %size270
  %two282 = icmp eq i64 %ndigits281, 2
  %hi283 = shl i64 %digit1278, 30
  %hi2284 = select i1 %two282, i64 %hi283, i64 0
  %mag285 = add i64 %digit0275, %hi2284
  %zero286 = icmp eq i64 %size270, 0
  %mag0287 = select i1 %zero286, i64 0, i64 %mag285
  %neg_mag288 = sub i64 0, %mag0287
  %ival289 = select i1 %negative279, i64 %neg_mag288, i64 %mag0287
  br i1 %compact272, label %mixed_fast290, label %num_slow120, !prof !1

mixed_fast290:                                    ; preds = %mixed266
  %itof291 = sitofp i64 %ival289 to double
  %f292 = getelementptr i8, ptr %float_operand268, i64 16
  %fval293 = load double, ptr %f292, align 8
  %x294 = select i1 %float_first263, double %fval293, double %itof291
  %y295 = select i1 %float_first263, double %itof291, double %fval293
  %fadd296 = fadd double %x294, %y295
  br label %float_result

fbox_done297:                                     ; preds = %fbox_next305, %fbox_operand304
  %fbox310 = phi ptr [ %materialized, %fbox_operand304 ], [ %c309, %fbox_next305 ]
  br label %num_done119

fbox_operand304:                                  ; preds = %float_result
  %f306 = getelementptr i8, ptr %materialized, i64 16
  store double %fres, ptr %f306, align 8
  %rc307 = load i64, ptr %materialized, align 4
  %rc1308 = add i64 %rc307, 1
  store i64 %rc1308, ptr %materialized, align 4
  br label %fbox_done297

fbox_next305:                                     ; preds = %float_result
  %c309 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done297

xdec315:                                          ; preds = %num_done119
  %rc317 = load i64, ptr %v313, align 4
  %rc1318 = sub i64 %rc317, 1
  store i64 %rc1318, ptr %v313, align 4
  %dead319 = icmp eq i64 %rc1318, 0
  br i1 %dead319, label %dealloc320, label %cont321

cont316:                                          ; preds = %cont321, %num_done119
  %isnull323 = icmp eq ptr %res312, null
  br i1 %isnull323, label %error170, label %ok322, !prof !0

dealloc320:                                       ; preds = %xdec315
  call void @_Py_Dealloc(ptr %v313)
  br label %cont321

cont321:                                          ; preds = %dealloc320, %xdec315
  br label %cont316

ok322:                                            ; preds = %cont316
  store ptr %res312, ptr %s0, align 8
  br label %i8
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyNumber_Multiply(ptr, ptr)

declare ptr @PyFloat_FromDouble(double)

declare void @_Py_Dealloc(ptr)

declare ptr @PyNumber_Add(ptr, ptr)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
