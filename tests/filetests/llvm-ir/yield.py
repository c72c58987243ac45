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
  %f57 = getelementptr i8, ptr %f1, i64 2
  %f58 = getelementptr i8, ptr %1, i64 56
  store ptr %f57, ptr %f58, align 8
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
  br i1 %isnull70, label %unbound, label %bound

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
  %f99 = getelementptr i8, ptr %f1, i64 12
  %f100 = getelementptr i8, ptr %1, i64 56
  store ptr %f99, ptr %f100, align 8
  %isnull101 = icmp eq ptr %v98, null
  br i1 %isnull101, label %cont103, label %xdec102

i7:                                               ; preds = %cont103
  %f109 = getelementptr i8, ptr %1, i64 72
  %local110 = load ptr, ptr %f109, align 8
  %isnull113 = icmp eq ptr %local110, null
  br i1 %isnull113, label %unbound111, label %bound112

i8:                                               ; preds = %bound112
  %f120 = getelementptr i8, ptr %2, i64 8
  %p121 = load ptr, ptr %f120, align 8
  %rc122 = load i64, ptr %p121, align 4
  %rc1123 = add i64 %rc122, 1
  store i64 %rc1123, ptr %p121, align 4
  store ptr %p121, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v124 = load ptr, ptr %s1, align 8
  %v125 = load ptr, ptr %s0, align 8
  %f126 = getelementptr i8, ptr %f1, i64 18
  %f127 = getelementptr i8, ptr %1, i64 56
  store ptr %f126, ptr %f127, align 8
  %f128 = getelementptr i8, ptr %v125, i64 8
  %p129 = load ptr, ptr %f128, align 8
  %f130 = getelementptr i8, ptr %v124, i64 8
  %p131 = load ptr, ptr %f130, align 8
  %a = ptrtoint ptr %p129 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a132 = ptrtoint ptr %p131 to i64
  %eq133 = icmp eq i64 %a132, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq133
  br i1 %both, label %int_test, label %float_check

i11:                                              ; preds = %ok
  %v292 = load ptr, ptr %s0, align 8
  %f293 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f293, align 4
  %f294 = getelementptr i8, ptr %f1, i64 22
  %f295 = getelementptr i8, ptr %1, i64 56
  store ptr %f294, ptr %f295, align 8
  %f296 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f296, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v292

i12:                                              ; preds = %reload37
  %f297 = getelementptr i8, ptr %0, i64 16
  %p298 = load ptr, ptr %f297, align 8
  %f299 = getelementptr i8, ptr %p298, i64 100
  %eval_breaker300 = load volatile i32, ptr %f299, align 4
  %eb301 = icmp ne i32 %eval_breaker300, 0
  br i1 %eb301, label %eval_breaker302, label %cont303, !prof !0

i13:                                              ; preds = %cont303
  %v313 = load ptr, ptr %s0, align 8
  %f314 = getelementptr i8, ptr %f1, i64 26
  %f315 = getelementptr i8, ptr %1, i64 56
  store ptr %f314, ptr %f315, align 8
  %isnull316 = icmp eq ptr %v313, null
  br i1 %isnull316, label %cont318, label %xdec317

i14:                                              ; preds = %cont318
  %f324 = getelementptr i8, ptr %2, i64 0
  %p325 = load ptr, ptr %f324, align 8
  %rc326 = load i64, ptr %p325, align 4
  %rc1327 = add i64 %rc326, 1
  store i64 %rc1327, ptr %p325, align 4
  store ptr %p325, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v328 = load ptr, ptr %s0, align 8
  %f329 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f329, align 4
  %f330 = getelementptr i8, ptr %f1, i64 30
  %f331 = getelementptr i8, ptr %1, i64 56
  store ptr %f330, ptr %f331, align 8
  %f332 = getelementptr i8, ptr %0, i64 56
  %p333 = load ptr, ptr %f332, align 8
  %f334 = getelementptr i8, ptr %1, i64 48
  %p335 = load ptr, ptr %f334, align 8
  %f336 = getelementptr i8, ptr %p333, i64 8
  store ptr %p335, ptr %f336, align 8
  %f337 = getelementptr i8, ptr %0, i64 32
  %rem338 = load i32, ptr %f337, align 4
  %rem1339 = add i32 %rem338, 1
  store i32 %rem1339, ptr %f337, align 4
  ret ptr %v328

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
  br i1 %dead, label %dealloc, label %cont59

cont:                                             ; preds = %cont59, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont59

cont59:                                           ; preds = %dealloc, %xdec
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

xdec102:                                          ; preds = %i6
  %rc104 = load i64, ptr %v98, align 4
  %rc1105 = sub i64 %rc104, 1
  store i64 %rc1105, ptr %v98, align 4
  %dead106 = icmp eq i64 %rc1105, 0
  br i1 %dead106, label %dealloc107, label %cont108

cont103:                                          ; preds = %cont108, %i6
  br label %i7

dealloc107:                                       ; preds = %xdec102
  call void @_Py_Dealloc(ptr %v98)
  br label %cont108

cont108:                                          ; preds = %dealloc107, %xdec102
  br label %cont103

unbound111:                                       ; preds = %i7
  %f114 = getelementptr i8, ptr %f1, i64 14
  %f115 = getelementptr i8, ptr %1, i64 56
  store ptr %f114, ptr %f115, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error116

bound112:                                         ; preds = %i7
  %rc118 = load i64, ptr %local110, align 4
  %rc1119 = add i64 %rc118, 1
  store i64 %rc1119, ptr %local110, align 4
  store ptr %local110, ptr %s0, align 8
  br label %i8

error116:                                         ; preds = %unbound111
  %c117 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c117

num_done:                                         ; preds = %num_slow, %fbox_done252, %fbox_done, %int_fast
  %res = phi ptr [ %c161, %int_fast ], [ %fbox, %fbox_done ], [ %fbox277, %fbox_done252 ], [ %c278, %num_slow ]
  %rc279 = load i64, ptr %v125, align 4
  %rc1280 = sub i64 %rc279, 1
  store i64 %rc1280, ptr %v125, align 4
  %dead281 = icmp eq i64 %rc1280, 0
  br i1 %dead281, label %dealloc282, label %cont283

num_slow:                                         ; preds = %mixed_next224, %mixed223, %mixed, %int_test
  %c278 = call ptr @PyNumber_Add(ptr %v125, ptr %v124)
  br label %num_done

float_result:                                     ; preds = %mixed_fast247, %mixed_fast
  %fres = phi double [ %fadd222, %mixed_fast ], [ %fadd251, %mixed_fast247 ]
  %rc253 = load i64, ptr %v125, align 4
  %only254 = icmp eq i64 %rc253, 1
  %f255 = getelementptr i8, ptr %v125, i64 8
  %p256 = load ptr, ptr %f255, align 8
  %a257 = ptrtoint ptr %p256 to i64
  %eq258 = icmp eq i64 %a257, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only254, %eq258
  br i1 %only_float, label %fbox_operand259, label %fbox_next260

int_test:                                         ; preds = %i9
  %f134 = getelementptr i8, ptr %v125, i64 16
  %size = load i64, ptr %f134, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f135 = getelementptr i8, ptr %v125, i64 24
  %digit0 = load i32, ptr %f135, align 4
  %digit0136 = zext i32 %digit0 to i64
  %f137 = getelementptr i8, ptr %v125, i64 28
  %digit1 = load i32, ptr %f137, align 4
  %digit1138 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1138, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0136, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f139 = getelementptr i8, ptr %v124, i64 16
  %size140 = load i64, ptr %f139, align 4
  %size2141 = add i64 %size140, 2
  %compact142 = icmp ule i64 %size2141, 4
  %f143 = getelementptr i8, ptr %v124, i64 24
  %digit0144 = load i32, ptr %f143, align 4
  %digit0145 = zext i32 %digit0144 to i64
  %f146 = getelementptr i8, ptr %v124, i64 28
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
  %compact160 = and i1 %compact, %compact142
  br i1 %compact160, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i9
  %f162 = getelementptr i8, ptr %v125, i64 8
  %p163 = load ptr, ptr %f162, align 8
  %f164 = getelementptr i8, ptr %v124, i64 8
  %p165 = load ptr, ptr %f164, align 8
  %a166 = ptrtoint ptr %p163 to i64
  %eq167 = icmp eq i64 %a166, ptrtoint (ptr @PyFloat_Type to i64)
  %a168 = ptrtoint ptr %p165 to i64
  %eq169 = icmp eq i64 %a168, ptrtoint (ptr @PyFloat_Type to i64)
  %both170 = and i1 %eq167, %eq169
  br i1 %both170, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival159
  %c161 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f171 = getelementptr i8, ptr %v125, i64 16
  %fval = load double, ptr %f171, align 8
  %f172 = getelementptr i8, ptr %v124, i64 16
  %fval173 = load double, ptr %f172, align 8
  %fadd = fadd double %fval, %fval173
  %rc174 = load i64, ptr %v125, align 4
  %only = icmp eq i64 %rc174, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check:                                      ; preds = %float_check
  %f187 = getelementptr i8, ptr %v125, i64 8
  %p188 = load ptr, ptr %f187, align 8
  %a189 = ptrtoint ptr %p188 to i64
  %eq190 = icmp eq i64 %a189, ptrtoint (ptr @PyFloat_Type to i64)
  %a191 = ptrtoint ptr %p188 to i64
  %eq192 = icmp eq i64 %a191, ptrtoint (ptr @PyLong_Type to i64)
  %f193 = getelementptr i8, ptr %v124, i64 8
  %p194 = load ptr, ptr %f193, align 8
  %a195 = ptrtoint ptr %p194 to i64
  %eq196 = icmp eq i64 %a195, ptrtoint (ptr @PyFloat_Type to i64)
  %a197 = ptrtoint ptr %p194 to i64
  %eq198 = icmp eq i64 %a197, ptrtoint (ptr @PyLong_Type to i64)
  %mix = and i1 %eq190, %eq198
  br i1 %mix, label %mixed, label %mixed_next

fbox_done:                                        ; preds = %fbox_next182, %fbox_operand181, %fbox_operand
  %fbox = phi ptr [ %v125, %fbox_operand ], [ %v124, %fbox_operand181 ], [ %c186, %fbox_next182 ]
  br label %num_done

fbox_operand:                                     ; preds = %float_fast
  %f175 = getelementptr i8, ptr %v125, i64 16
  store double %fadd, ptr %f175, align 8
  %rc177 = load i64, ptr %v125, align 4
  %rc1178 = add i64 %rc177, 1
  store i64 %rc1178, ptr %v125, align 4
  br label %fbox_done

fbox_next:                                        ; preds = %float_fast
  %rc179 = load i64, ptr %v124, align 4
  %only180 = icmp eq i64 %rc179, 1
  br i1 %only180, label %fbox_operand181, label %fbox_next182

fbox_operand181:                                  ; preds = %fbox_next
  %f183 = getelementptr i8, ptr %v124, i64 16
  store double %fadd, ptr %f183, align 8
  %rc184 = load i64, ptr %v124, align 4
  %rc1185 = add i64 %rc184, 1
  store i64 %rc1185, ptr %v124, align 4
  br label %fbox_done

fbox_next182:                                     ; preds = %fbox_next
  %c186 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

mixed:                                            ; preds = %mixed_check
  %f199 = getelementptr i8, ptr %v124, i64 16
  %size200 = load i64, ptr %f199, align 4
  %size2201 = add i64 %size200, 2
  %compact202 = icmp ule i64 %size2201, 4
  %f203 = getelementptr i8, ptr %v124, i64 24
  %digit0204 = load i32, ptr %f203, align 4
  %digit0205 = zext i32 %digit0204 to i64
  %f206 = getelementptr i8, ptr %v124, i64 28
  %digit1207 = load i32, ptr %f206, align 4
  %digit1208 = zext i32 %digit1207 to i64
  %negative209 = icmp slt i64 %size200, 0
  %neg_size210 = sub i64 0, %size200
  %ndigits211 = select i1 %negative209, i64 %neg_size210, i64 %size200
  %two212 = icmp eq i64 %ndigits211, 2
  %hi213 = shl i64 %digit1208, 30
  %hi2214 = select i1 %two212, i64 %hi213, i64 0
  %mag215 = add i64 %digit0205, %hi2214
  %zero216 = icmp eq i64 %size200, 0
  %mag0217 = select i1 %zero216, i64 0, i64 %mag215
  %neg_mag218 = sub i64 0, %mag0217
  %ival219 = select i1 %negative209, i64 %neg_mag218, i64 %mag0217
  br i1 %compact202, label %mixed_fast, label %num_slow, !prof !1

mixed_next:                                       ; preds = %mixed_check
  %mix225 = and i1 %eq192, %eq196
  br i1 %mix225, label %mixed223, label %mixed_next224

mixed_fast:                                       ; preds = %mixed
  %itof = sitofp i64 %ival219 to double
  %f220 = getelementptr i8, ptr %v125, i64 16
  %fval221 = load double, ptr %f220, align 8
  %fadd222 = fadd double %fval221, %itof
  br label %float_result

mixed223:                                         ; preds = %mixed_next
  %f226 = getelementptr i8, ptr %v125, i64 16
  %size227 = load i64, ptr %f226, align 4
  %size2228 = add i64 %size227, 2
  %compact229 = icmp ule i64 %size2228, 4
  %f230 = getelementptr i8, ptr %v125, i64 24
  %digit0231 = load i32, ptr %f230, align 4
  %digit0232 = zext i32 %digit0231 to i64
  %f233 = getelementptr i8, ptr %v125, i64 28
  %digit1234 = load i32, ptr %f233, align 4
  %digit1235 = zext i32 %digit1234 to i64
  %negative236 = icmp slt i64 %size227, 0
  %neg_size237 = sub i64 0, %size227
  %ndigits238 = select i1 %negative236, i64 %neg_size237, i64 %size227
  %two239 = icmp eq i64 %ndigits238, 2
  %hi240 = shl i64 %digit1235, 30
  %hi2241 = select i1 %two239, i64 %hi240, i64 0
  %mag242 = add i64 %digit0232, %hi2241
  %zero243 = icmp eq i64 %size227, 0
  %mag0244 = select i1 %zero243, i64 0, i64 %mag242
  %neg_mag245 = sub i64 0, %mag0244
  %ival246 = select i1 %negative236, i64 %neg_mag245, i64 %mag0244
  br i1 %compact229, label %mixed_fast247, label %num_slow, !prof !1

mixed_next224:                                    ; preds = %mixed_next
  br label %num_slow

mixed_fast247:                                    ; preds = %mixed223
  %itof248 = sitofp i64 %ival246 to double
  %f249 = getelementptr i8, ptr %v124, i64 16
  %fval250 = load double, ptr %f249, align 8
  %fadd251 = fadd double %itof248, %fval250
  br label %float_result

fbox_done252:                                     ; preds = %fbox_next272, %fbox_operand271, %fbox_operand259
  %fbox277 = phi ptr [ %v125, %fbox_operand259 ], [ %v124, %fbox_operand271 ], [ %c276, %fbox_next272 ]
  br label %num_done

fbox_operand259:                                  ; preds = %float_result
  %f261 = getelementptr i8, ptr %v125, i64 16
  store double %fres, ptr %f261, align 8
  %rc262 = load i64, ptr %v125, align 4
  %rc1263 = add i64 %rc262, 1
  store i64 %rc1263, ptr %v125, align 4
  br label %fbox_done252

fbox_next260:                                     ; preds = %float_result
  %rc264 = load i64, ptr %v124, align 4
  %only265 = icmp eq i64 %rc264, 1
  %f266 = getelementptr i8, ptr %v124, i64 8
  %p267 = load ptr, ptr %f266, align 8
  %a268 = ptrtoint ptr %p267 to i64
  %eq269 = icmp eq i64 %a268, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float270 = and i1 %only265, %eq269
  br i1 %only_float270, label %fbox_operand271, label %fbox_next272

fbox_operand271:                                  ; preds = %fbox_next260
  %f273 = getelementptr i8, ptr %v124, i64 16
  store double %fres, ptr %f273, align 8
  %rc274 = load i64, ptr %v124, align 4
  %rc1275 = add i64 %rc274, 1
  store i64 %rc1275, ptr %v124, align 4
  br label %fbox_done252

fbox_next272:                                     ; preds = %fbox_next260
  %c276 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done252

dealloc282:                                       ; preds = %num_done
  call void @_Py_Dealloc(ptr %v125)
  br label %cont283

cont283:                                          ; preds = %dealloc282, %num_done
  %rc284 = load i64, ptr %v124, align 4
  %rc1285 = sub i64 %rc284, 1
  store i64 %rc1285, ptr %v124, align 4
  %dead286 = icmp eq i64 %rc1285, 0
  br i1 %dead286, label %dealloc287, label %cont288

dealloc287:                                       ; preds = %cont283
  call void @_Py_Dealloc(ptr %v124)
  br label %cont288

cont288:                                          ; preds = %dealloc287, %cont283
  %isnull291 = icmp eq ptr %res, null
  br i1 %isnull291, label %error289, label %ok, !prof !0

error289:                                         ; preds = %cont288
  %c290 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c290

ok:                                               ; preds = %cont288
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker302:                                  ; preds = %i12
  %c304 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c304, label %deopt305 [
    i32 0, label %cont303
    i32 -1, label %error309
  ]

cont303:                                          ; preds = %eval_breaker302, %i12
  br label %i13

deopt305:                                         ; preds = %eval_breaker302
  %v306 = load ptr, ptr %s0, align 8
  %f307 = getelementptr i8, ptr %1, i64 80
  store ptr %v306, ptr %f307, align 8
  %c308 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c308

error309:                                         ; preds = %eval_breaker302
  %v310 = load ptr, ptr %s0, align 8
  %f311 = getelementptr i8, ptr %1, i64 80
  store ptr %v310, ptr %f311, align 8
  %c312 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c312

xdec317:                                          ; preds = %i13
  %rc319 = load i64, ptr %v313, align 4
  %rc1320 = sub i64 %rc319, 1
  store i64 %rc1320, ptr %v313, align 4
  %dead321 = icmp eq i64 %rc1320, 0
  br i1 %dead321, label %dealloc322, label %cont323

cont318:                                          ; preds = %cont323, %i13
  br label %i14

dealloc322:                                       ; preds = %xdec317
  call void @_Py_Dealloc(ptr %v313)
  br label %cont323

cont323:                                          ; preds = %dealloc322, %xdec317
  br label %cont318
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
