# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyLong_Type = external global i8
@PyFloat_Type = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %s1 = alloca ptr, align 8
  %scratch = alloca ptr, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f1 = getelementptr i8, ptr %p, i64 184
  %f2 = getelementptr i8, ptr %2, i64 16
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %1, i64 56
  %p5 = load ptr, ptr %f4, align 8
  %prev = ptrtoint ptr %p5 to i64
  %base = ptrtoint ptr %f1 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %resume_in_interpreter [
    i64 0, label %resume
    i64 4, label %resume16
    i64 11, label %resume36
  ]

i0:                                               ; No predecessors!
  br label %deopt

i1:                                               ; preds = %reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %cont, label %xdec

i2:                                               ; preds = %cont
  %f60 = getelementptr i8, ptr %0, i64 16
  %p61 = load ptr, ptr %f60, align 8
  %f62 = getelementptr i8, ptr %p61, i64 100
  %eval_breaker = load volatile i32, ptr %f62, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker63, label %cont64, !prof !0

i3:                                               ; preds = %cont64
  %f69 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f69, align 8
  %isnull70 = icmp eq ptr %local, null
  br i1 %isnull70, label %unbound, label %bound, !prof !0

i4:                                               ; preds = %bound
  %v77 = load ptr, ptr %s0, align 8
  %f78 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f78, align 4
  %f79 = getelementptr i8, ptr %f1, i64 8
  %f80 = getelementptr i8, ptr %1, i64 56
  store ptr %f79, ptr %f80, align 8
  %f81 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f81, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v77

i5:                                               ; preds = %reload17
  %f82 = getelementptr i8, ptr %0, i64 16
  %p83 = load ptr, ptr %f82, align 8
  %f84 = getelementptr i8, ptr %p83, i64 100
  %eval_breaker85 = load volatile i32, ptr %f84, align 4
  %eb86 = icmp ne i32 %eval_breaker85, 0
  br i1 %eb86, label %eval_breaker87, label %cont88, !prof !0

i6:                                               ; preds = %cont88
  %v98 = load ptr, ptr %s0, align 8
  %isnull99 = icmp eq ptr %v98, null
  br i1 %isnull99, label %cont101, label %xdec100

i7:                                               ; preds = %cont101
  %f109 = getelementptr i8, ptr %1, i64 72
  %local110 = load ptr, ptr %f109, align 8
  %isnull113 = icmp eq ptr %local110, null
  br i1 %isnull113, label %unbound111, label %bound112, !prof !0

i8:                                               ; preds = %bound112
  %f118 = getelementptr i8, ptr %2, i64 8
  %p119 = load ptr, ptr %f118, align 8
  store ptr %p119, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v120 = load ptr, ptr %s1, align 8
  %v121 = load ptr, ptr %s0, align 8
  %f122 = getelementptr i8, ptr %f1, i64 18
  %f123 = getelementptr i8, ptr %1, i64 56
  store ptr %f122, ptr %f123, align 8
  %f124 = getelementptr i8, ptr %v121, i64 8
  %p125 = load ptr, ptr %f124, align 8
  %f126 = getelementptr i8, ptr %v120, i64 8
  %p127 = load ptr, ptr %f126, align 8
  %a = ptrtoint ptr %p125 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a128 = ptrtoint ptr %p127 to i64
  %eq129 = icmp eq i64 %a128, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq129
  br i1 %both, label %int_test, label %float_check

i11:                                              ; preds = %ok
  %v215 = load ptr, ptr %s0, align 8
  %f216 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f216, align 4
  %f217 = getelementptr i8, ptr %f1, i64 22
  %f218 = getelementptr i8, ptr %1, i64 56
  store ptr %f217, ptr %f218, align 8
  %f219 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f219, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v215

i12:                                              ; preds = %reload37
  %f220 = getelementptr i8, ptr %0, i64 16
  %p221 = load ptr, ptr %f220, align 8
  %f222 = getelementptr i8, ptr %p221, i64 100
  %eval_breaker223 = load volatile i32, ptr %f222, align 4
  %eb224 = icmp ne i32 %eval_breaker223, 0
  br i1 %eb224, label %eval_breaker225, label %cont226, !prof !0

i13:                                              ; preds = %cont226
  %v236 = load ptr, ptr %s0, align 8
  %isnull237 = icmp eq ptr %v236, null
  br i1 %isnull237, label %cont239, label %xdec238

i14:                                              ; preds = %cont239
  %f247 = getelementptr i8, ptr %2, i64 0
  %p248 = load ptr, ptr %f247, align 8
  %rc249 = load i64, ptr %p248, align 4
  %rc1250 = add i64 %rc249, 1
  store i64 %rc1250, ptr %p248, align 4
  store ptr %p248, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v251 = load ptr, ptr %s0, align 8
  %f252 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f252, align 4
  %f253 = getelementptr i8, ptr %f1, i64 30
  %f254 = getelementptr i8, ptr %1, i64 56
  store ptr %f253, ptr %f254, align 8
  %f255 = getelementptr i8, ptr %0, i64 56
  %p256 = load ptr, ptr %f255, align 8
  %f257 = getelementptr i8, ptr %1, i64 48
  %p258 = load ptr, ptr %f257, align 8
  %f259 = getelementptr i8, ptr %p256, i64 8
  store ptr %p258, ptr %f259, align 8
  %f260 = getelementptr i8, ptr %0, i64 32
  %rem261 = load i32, ptr %f260, align 4
  %rem1262 = add i32 %rem261, 1
  store i32 %rem1262, ptr %f260, align 4
  ret ptr %v251

resume_in_interpreter:                            ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

resume:                                           ; preds = %entry
  %f6 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f6, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f6, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

reload:                                           ; preds = %link
  %f14 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f14, align 8
  store ptr %saved, ptr %s0, align 8
  %f15 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f15, align 4
  br label %i1

recursion_check:                                  ; preds = %resume
  %c7 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c7, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %resume
  %f8 = getelementptr i8, ptr %0, i64 56
  %p9 = load ptr, ptr %f8, align 8
  %f10 = getelementptr i8, ptr %p9, i64 8
  %p11 = load ptr, ptr %f10, align 8
  %f12 = getelementptr i8, ptr %1, i64 48
  store ptr %p11, ptr %f12, align 8
  %f13 = getelementptr i8, ptr %p9, i64 8
  store ptr %1, ptr %f13, align 8
  br label %reload

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

resume16:                                         ; preds = %entry
  %f18 = getelementptr i8, ptr %0, i64 32
  %rem19 = load i32, ptr %f18, align 4
  %rem120 = sub i32 %rem19, 1
  store i32 %rem120, ptr %f18, align 4
  %exhausted21 = icmp sle i32 %rem19, 0
  br i1 %exhausted21, label %recursion_check22, label %link23

reload17:                                         ; preds = %link23
  %f33 = getelementptr i8, ptr %1, i64 80
  %saved34 = load ptr, ptr %f33, align 8
  store ptr %saved34, ptr %s0, align 8
  %f35 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f35, align 4
  br label %i5

recursion_check22:                                ; preds = %resume16
  %c24 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep25 = icmp ne i32 %c24, 0
  br i1 %too_deep25, label %recursion_error26, label %link23

link23:                                           ; preds = %recursion_check22, %resume16
  %f27 = getelementptr i8, ptr %0, i64 56
  %p28 = load ptr, ptr %f27, align 8
  %f29 = getelementptr i8, ptr %p28, i64 8
  %p30 = load ptr, ptr %f29, align 8
  %f31 = getelementptr i8, ptr %1, i64 48
  store ptr %p30, ptr %f31, align 8
  %f32 = getelementptr i8, ptr %p28, i64 8
  store ptr %1, ptr %f32, align 8
  br label %reload17

recursion_error26:                                ; preds = %recursion_check22
  ret ptr null

resume36:                                         ; preds = %entry
  %f38 = getelementptr i8, ptr %0, i64 32
  %rem39 = load i32, ptr %f38, align 4
  %rem140 = sub i32 %rem39, 1
  store i32 %rem140, ptr %f38, align 4
  %exhausted41 = icmp sle i32 %rem39, 0
  br i1 %exhausted41, label %recursion_check42, label %link43

reload37:                                         ; preds = %link43
  %f53 = getelementptr i8, ptr %1, i64 80
  %saved54 = load ptr, ptr %f53, align 8
  store ptr %saved54, ptr %s0, align 8
  %f55 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f55, align 4
  br label %i12

recursion_check42:                                ; preds = %resume36
  %c44 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep45 = icmp ne i32 %c44, 0
  br i1 %too_deep45, label %recursion_error46, label %link43

link43:                                           ; preds = %recursion_check42, %resume36
  %f47 = getelementptr i8, ptr %0, i64 56
  %p48 = load ptr, ptr %f47, align 8
  %f49 = getelementptr i8, ptr %p48, i64 8
  %p50 = load ptr, ptr %f49, align 8
  %f51 = getelementptr i8, ptr %1, i64 48
  store ptr %p50, ptr %f51, align 8
  %f52 = getelementptr i8, ptr %p48, i64 8
  store ptr %1, ptr %f52, align 8
  br label %reload37

recursion_error46:                                ; preds = %recursion_check42
  ret ptr null

deopt:                                            ; preds = %i0
  %c56 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c56

xdec:                                             ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont57

cont:                                             ; preds = %cont57, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  %f58 = getelementptr i8, ptr %f1, i64 2
  %f59 = getelementptr i8, ptr %1, i64 56
  store ptr %f58, ptr %f59, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %cont57

cont57:                                           ; preds = %dealloc, %xdec
  br label %cont

eval_breaker63:                                   ; preds = %i2
  %c65 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c65, label %deopt66 [
    i32 0, label %cont64
    i32 -1, label %error
  ]

cont64:                                           ; preds = %eval_breaker63, %i2
  br label %i3

deopt66:                                          ; preds = %eval_breaker63
  %c67 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c67

error:                                            ; preds = %eval_breaker63
  %c68 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c68

unbound:                                          ; preds = %i3
  %f71 = getelementptr i8, ptr %f1, i64 6
  %f72 = getelementptr i8, ptr %1, i64 56
  store ptr %f71, ptr %f72, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error73

bound:                                            ; preds = %i3
  %rc75 = load i64, ptr %local, align 4
  %rc176 = add i64 %rc75, 1
  store i64 %rc176, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error73:                                          ; preds = %unbound
  %c74 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c74

eval_breaker87:                                   ; preds = %i5
  %c89 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c89, label %deopt90 [
    i32 0, label %cont88
    i32 -1, label %error94
  ]

cont88:                                           ; preds = %eval_breaker87, %i5
  br label %i6

deopt90:                                          ; preds = %eval_breaker87
  %v91 = load ptr, ptr %s0, align 8
  %f92 = getelementptr i8, ptr %1, i64 80
  store ptr %v91, ptr %f92, align 8
  %c93 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c93

error94:                                          ; preds = %eval_breaker87
  %v95 = load ptr, ptr %s0, align 8
  %f96 = getelementptr i8, ptr %1, i64 80
  store ptr %v95, ptr %f96, align 8
  %c97 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c97

xdec100:                                          ; preds = %i6
  %rc102 = load i64, ptr %v98, align 4
  %rc1103 = sub i64 %rc102, 1
  store i64 %rc1103, ptr %v98, align 4
  %dead104 = icmp eq i64 %rc1103, 0
  br i1 %dead104, label %dealloc105, label %cont106

cont101:                                          ; preds = %cont106, %i6
  br label %i7

dealloc105:                                       ; preds = %xdec100
  %f107 = getelementptr i8, ptr %f1, i64 12
  %f108 = getelementptr i8, ptr %1, i64 56
  store ptr %f107, ptr %f108, align 8
  call void @_Py_Dealloc(ptr %v98)
  br label %cont106

cont106:                                          ; preds = %dealloc105, %xdec100
  br label %cont101

unbound111:                                       ; preds = %i7
  %f114 = getelementptr i8, ptr %f1, i64 14
  %f115 = getelementptr i8, ptr %1, i64 56
  store ptr %f114, ptr %f115, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error116

bound112:                                         ; preds = %i7
  store ptr %local110, ptr %s0, align 8
  br label %i8

error116:                                         ; preds = %unbound111
  %c117 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c117

num_done:                                         ; preds = %num_slow, %fbox_done208, %fbox_done, %int_fast
  %res = phi ptr [ %c157, %int_fast ], [ %fbox, %fbox_done ], [ %fbox210, %fbox_done208 ], [ %c211, %num_slow ]
  %isnull214 = icmp eq ptr %res, null
  br i1 %isnull214, label %error212, label %ok, !prof !0

num_slow:                                         ; preds = %mixed183, %mixed_check, %int_test
  %c211 = call ptr @PyNumber_Add(ptr %v121, ptr %v120)
  br label %num_done

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd207, %mixed_fast ]
  %c209 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done208

int_test:                                         ; preds = %i9
  %f130 = getelementptr i8, ptr %v121, i64 16
  %size = load i64, ptr %f130, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f131 = getelementptr i8, ptr %v121, i64 24
  %digit0 = load i32, ptr %f131, align 4
  %digit0132 = zext i32 %digit0 to i64
  %f133 = getelementptr i8, ptr %v121, i64 28
  %digit1 = load i32, ptr %f133, align 4
  %digit1134 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1134, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0132, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f135 = getelementptr i8, ptr %v120, i64 16
  %size136 = load i64, ptr %f135, align 4
  %size2137 = add i64 %size136, 2
  %compact138 = icmp ule i64 %size2137, 4
  %f139 = getelementptr i8, ptr %v120, i64 24
  %digit0140 = load i32, ptr %f139, align 4
  %digit0141 = zext i32 %digit0140 to i64
  %f142 = getelementptr i8, ptr %v120, i64 28
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
  %compact156 = and i1 %compact, %compact138
  br i1 %compact156, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i9
  %f158 = getelementptr i8, ptr %v121, i64 8
  %p159 = load ptr, ptr %f158, align 8
  %f160 = getelementptr i8, ptr %v120, i64 8
  %p161 = load ptr, ptr %f160, align 8
  %a162 = ptrtoint ptr %p159 to i64
  %eq163 = icmp eq i64 %a162, ptrtoint (ptr @PyFloat_Type to i64)
  %a164 = ptrtoint ptr %p161 to i64
  %eq165 = icmp eq i64 %a164, ptrtoint (ptr @PyFloat_Type to i64)
  %both166 = and i1 %eq163, %eq165
  br i1 %both166, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival155
  %c157 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f167 = getelementptr i8, ptr %v121, i64 16
  %fval = load double, ptr %f167, align 8
  %f168 = getelementptr i8, ptr %v120, i64 16
  %fval169 = load double, ptr %f168, align 8
  %fadd = fadd double %fval, %fval169
  %c170 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

mixed_check:                                      ; preds = %float_check
  %f171 = getelementptr i8, ptr %v121, i64 8
  %p172 = load ptr, ptr %f171, align 8
  %a173 = ptrtoint ptr %p172 to i64
  %eq174 = icmp eq i64 %a173, ptrtoint (ptr @PyFloat_Type to i64)
  %a175 = ptrtoint ptr %p172 to i64
  %eq176 = icmp eq i64 %a175, ptrtoint (ptr @PyLong_Type to i64)
  %f177 = getelementptr i8, ptr %v120, i64 8
  %p178 = load ptr, ptr %f177, align 8
  %a179 = ptrtoint ptr %p178 to i64
  %eq180 = icmp eq i64 %a179, ptrtoint (ptr @PyFloat_Type to i64)
  %a181 = ptrtoint ptr %p178 to i64
  %eq182 = icmp eq i64 %a181, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq174, %eq182
  %int_first = and i1 %eq176, %eq180
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed183, label %num_slow, !prof !1

fbox_done:                                        ; preds = %float_fast
  %fbox = phi ptr [ %c170, %float_fast ]
  br label %num_done

mixed183:                                         ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v120, ptr %v121
  %float_operand = select i1 %float_first, ptr %v121, ptr %v120
  %f184 = getelementptr i8, ptr %int_operand, i64 16
  %size185 = load i64, ptr %f184, align 4
  %size2186 = add i64 %size185, 2
  %compact187 = icmp ule i64 %size2186, 4
  %f188 = getelementptr i8, ptr %int_operand, i64 24
  %digit0189 = load i32, ptr %f188, align 4
  %digit0190 = zext i32 %digit0189 to i64
  %f191 = getelementptr i8, ptr %int_operand, i64 28
  %digit1192 = load i32, ptr %f191, align 4
  %digit1193 = zext i32 %digit1192 to i64
  %negative194 = icmp slt i64 %size185, 0
  %neg_size195 = sub i64 0, %size185
  %ndigits196 = select i1 %negative194, i64 %neg_size195, i64 %size185
  %two197 = icmp eq i64 %ndigits196, 2
  %hi198 = shl i64 %digit1193, 30
  %hi2199 = select i1 %two197, i64 %hi198, i64 0
  %mag200 = add i64 %digit0190, %hi2199
  %zero201 = icmp eq i64 %size185, 0
  %mag0202 = select i1 %zero201, i64 0, i64 %mag200
  %neg_mag203 = sub i64 0, %mag0202
  %ival204 = select i1 %negative194, i64 %neg_mag203, i64 %mag0202
  br i1 %compact187, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed183
  %itof = sitofp i64 %ival204 to double
  %f205 = getelementptr i8, ptr %float_operand, i64 16
  %fval206 = load double, ptr %f205, align 8
  %x = select i1 %float_first, double %fval206, double %itof
  %y = select i1 %float_first, double %itof, double %fval206
  %fadd207 = fadd double %x, %y
  br label %float_result

fbox_done208:                                     ; preds = %float_result
  %fbox210 = phi ptr [ %c209, %float_result ]
  br label %num_done

error212:                                         ; preds = %num_done
  %c213 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c213

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker225:                                  ; preds = %i12
  %c227 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c227, label %deopt228 [
    i32 0, label %cont226
    i32 -1, label %error232
  ]

cont226:                                          ; preds = %eval_breaker225, %i12
  br label %i13

deopt228:                                         ; preds = %eval_breaker225
  %v229 = load ptr, ptr %s0, align 8
  %f230 = getelementptr i8, ptr %1, i64 80
  store ptr %v229, ptr %f230, align 8
  %c231 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c231

error232:                                         ; preds = %eval_breaker225
  %v233 = load ptr, ptr %s0, align 8
  %f234 = getelementptr i8, ptr %1, i64 80
  store ptr %v233, ptr %f234, align 8
  %c235 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c235

xdec238:                                          ; preds = %i13
  %rc240 = load i64, ptr %v236, align 4
  %rc1241 = sub i64 %rc240, 1
  store i64 %rc1241, ptr %v236, align 4
  %dead242 = icmp eq i64 %rc1241, 0
  br i1 %dead242, label %dealloc243, label %cont244

cont239:                                          ; preds = %cont244, %i13
  br label %i14

dealloc243:                                       ; preds = %xdec238
  %f245 = getelementptr i8, ptr %f1, i64 26
  %f246 = getelementptr i8, ptr %1, i64 56
  store ptr %f245, ptr %f246, align 8
  call void @_Py_Dealloc(ptr %v236)
  br label %cont244

cont244:                                          ; preds = %dealloc243, %xdec238
  br label %cont239
}

declare ptr @rjit_resume_in_interpreter(ptr, ptr)

declare i32 @rjit_recursion_check(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_leave(ptr, ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
