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
  br i1 %eb, label %eval_breaker63, label %cont64

i3:                                               ; preds = %cont64
  %f83 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f83, align 8
  %isnull84 = icmp eq ptr %local, null
  br i1 %isnull84, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v109 = load ptr, ptr %s0, align 8
  %f110 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f110, align 4
  %f111 = getelementptr i8, ptr %f1, i64 8
  %f112 = getelementptr i8, ptr %1, i64 56
  store ptr %f111, ptr %f112, align 8
  %f113 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f113, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v109

i5:                                               ; preds = %reload17
  %f114 = getelementptr i8, ptr %0, i64 16
  %p115 = load ptr, ptr %f114, align 8
  %f116 = getelementptr i8, ptr %p115, i64 100
  %eval_breaker117 = load volatile i32, ptr %f116, align 4
  %eb118 = icmp ne i32 %eval_breaker117, 0
  br i1 %eb118, label %eval_breaker119, label %cont120

i6:                                               ; preds = %cont120
  %v157 = load ptr, ptr %s0, align 8
  %f158 = getelementptr i8, ptr %f1, i64 12
  %f159 = getelementptr i8, ptr %1, i64 56
  store ptr %f158, ptr %f159, align 8
  %isnull160 = icmp eq ptr %v157, null
  br i1 %isnull160, label %cont162, label %xdec161

i7:                                               ; preds = %cont162
  %f168 = getelementptr i8, ptr %1, i64 72
  %local169 = load ptr, ptr %f168, align 8
  %isnull172 = icmp eq ptr %local169, null
  br i1 %isnull172, label %unbound170, label %bound171

i8:                                               ; preds = %bound171
  %f197 = getelementptr i8, ptr %2, i64 8
  %p198 = load ptr, ptr %f197, align 8
  %rc199 = load i64, ptr %p198, align 4
  %rc1200 = add i64 %rc199, 1
  store i64 %rc1200, ptr %p198, align 4
  store ptr %p198, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v201 = load ptr, ptr %s1, align 8
  %v202 = load ptr, ptr %s0, align 8
  %f203 = getelementptr i8, ptr %f1, i64 18
  %f204 = getelementptr i8, ptr %1, i64 56
  store ptr %f203, ptr %f204, align 8
  %f205 = getelementptr i8, ptr %v202, i64 8
  %p206 = load ptr, ptr %f205, align 8
  %f207 = getelementptr i8, ptr %v201, i64 8
  %p208 = load ptr, ptr %f207, align 8
  %a = ptrtoint ptr %p206 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a209 = ptrtoint ptr %p208 to i64
  %eq210 = icmp eq i64 %a209, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq210
  br i1 %both, label %int_test, label %float_check

i11:                                              ; preds = %ok
  %v284 = load ptr, ptr %s0, align 8
  %f285 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f285, align 4
  %f286 = getelementptr i8, ptr %f1, i64 22
  %f287 = getelementptr i8, ptr %1, i64 56
  store ptr %f286, ptr %f287, align 8
  %f288 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f288, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v284

i12:                                              ; preds = %reload37
  %f289 = getelementptr i8, ptr %0, i64 16
  %p290 = load ptr, ptr %f289, align 8
  %f291 = getelementptr i8, ptr %p290, i64 100
  %eval_breaker292 = load volatile i32, ptr %f291, align 4
  %eb293 = icmp ne i32 %eval_breaker292, 0
  br i1 %eb293, label %eval_breaker294, label %cont295

i13:                                              ; preds = %cont295
  %v332 = load ptr, ptr %s0, align 8
  %f333 = getelementptr i8, ptr %f1, i64 26
  %f334 = getelementptr i8, ptr %1, i64 56
  store ptr %f333, ptr %f334, align 8
  %isnull335 = icmp eq ptr %v332, null
  br i1 %isnull335, label %cont337, label %xdec336

i14:                                              ; preds = %cont337
  %f343 = getelementptr i8, ptr %2, i64 0
  %p344 = load ptr, ptr %f343, align 8
  %rc345 = load i64, ptr %p344, align 4
  %rc1346 = add i64 %rc345, 1
  store i64 %rc1346, ptr %p344, align 4
  store ptr %p344, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v347 = load ptr, ptr %s0, align 8
  %f348 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f348, align 4
  %f349 = getelementptr i8, ptr %f1, i64 30
  %f350 = getelementptr i8, ptr %1, i64 56
  store ptr %f349, ptr %f350, align 8
  %f351 = getelementptr i8, ptr %0, i64 56
  %p352 = load ptr, ptr %f351, align 8
  %f353 = getelementptr i8, ptr %1, i64 48
  %p354 = load ptr, ptr %f353, align 8
  %f355 = getelementptr i8, ptr %p352, i64 8
  store ptr %p354, ptr %f355, align 8
  %f356 = getelementptr i8, ptr %0, i64 32
  %rem357 = load i32, ptr %f356, align 4
  %rem1358 = add i32 %rem357, 1
  store i32 %rem1358, ptr %f356, align 4
  ret ptr %v347

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
    i32 -1, label %leave_raising
  ]

cont64:                                           ; preds = %eval_breaker63, %i2
  br label %i3

deopt66:                                          ; preds = %eval_breaker63
  %c67 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c67

leave_raising:                                    ; preds = %eval_breaker63
  %f69 = getelementptr i8, ptr %0, i64 56
  %p70 = load ptr, ptr %f69, align 8
  %f71 = getelementptr i8, ptr %p70, i64 0
  %use_tracing = load i8, ptr %f71, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %error, label %unwind_here

unwind_here:                                      ; preds = %leave_raising
  %f72 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f72, align 4
  %f73 = getelementptr i8, ptr %f1, i64 4
  %f74 = getelementptr i8, ptr %1, i64 56
  store ptr %f73, ptr %f74, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f75 = getelementptr i8, ptr %0, i64 56
  %p76 = load ptr, ptr %f75, align 8
  %f77 = getelementptr i8, ptr %1, i64 48
  %p78 = load ptr, ptr %f77, align 8
  %f79 = getelementptr i8, ptr %p76, i64 8
  store ptr %p78, ptr %f79, align 8
  %f80 = getelementptr i8, ptr %0, i64 32
  %rem81 = load i32, ptr %f80, align 4
  %rem182 = add i32 %rem81, 1
  store i32 %rem182, ptr %f80, align 4
  ret ptr null

error:                                            ; preds = %leave_raising
  %c68 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c68

unbound:                                          ; preds = %i3
  %f85 = getelementptr i8, ptr %f1, i64 6
  %f86 = getelementptr i8, ptr %1, i64 56
  store ptr %f85, ptr %f86, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %leave_raising87

bound:                                            ; preds = %i3
  %rc107 = load i64, ptr %local, align 4
  %rc1108 = add i64 %rc107, 1
  store i64 %rc1108, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

leave_raising87:                                  ; preds = %unbound
  %f91 = getelementptr i8, ptr %0, i64 56
  %p92 = load ptr, ptr %f91, align 8
  %f93 = getelementptr i8, ptr %p92, i64 0
  %use_tracing94 = load i8, ptr %f93, align 1
  %tracing95 = icmp ne i8 %use_tracing94, 0
  br i1 %tracing95, label %error89, label %unwind_here88

unwind_here88:                                    ; preds = %leave_raising87
  %f96 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f96, align 4
  %f97 = getelementptr i8, ptr %f1, i64 6
  %f98 = getelementptr i8, ptr %1, i64 56
  store ptr %f97, ptr %f98, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f99 = getelementptr i8, ptr %0, i64 56
  %p100 = load ptr, ptr %f99, align 8
  %f101 = getelementptr i8, ptr %1, i64 48
  %p102 = load ptr, ptr %f101, align 8
  %f103 = getelementptr i8, ptr %p100, i64 8
  store ptr %p102, ptr %f103, align 8
  %f104 = getelementptr i8, ptr %0, i64 32
  %rem105 = load i32, ptr %f104, align 4
  %rem1106 = add i32 %rem105, 1
  store i32 %rem1106, ptr %f104, align 4
  ret ptr null

error89:                                          ; preds = %leave_raising87
  %c90 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c90

eval_breaker119:                                  ; preds = %i5
  %c121 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c121, label %deopt122 [
    i32 0, label %cont120
    i32 -1, label %leave_raising126
  ]

cont120:                                          ; preds = %eval_breaker119, %i5
  br label %i6

deopt122:                                         ; preds = %eval_breaker119
  %v123 = load ptr, ptr %s0, align 8
  %f124 = getelementptr i8, ptr %1, i64 80
  store ptr %v123, ptr %f124, align 8
  %c125 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c125

leave_raising126:                                 ; preds = %eval_breaker119
  %f132 = getelementptr i8, ptr %0, i64 56
  %p133 = load ptr, ptr %f132, align 8
  %f134 = getelementptr i8, ptr %p133, i64 0
  %use_tracing135 = load i8, ptr %f134, align 1
  %tracing136 = icmp ne i8 %use_tracing135, 0
  br i1 %tracing136, label %error128, label %unwind_here127

unwind_here127:                                   ; preds = %leave_raising126
  %v137 = load ptr, ptr %s0, align 8
  %isnull138 = icmp eq ptr %v137, null
  br i1 %isnull138, label %cont140, label %xdec139

error128:                                         ; preds = %leave_raising126
  %v129 = load ptr, ptr %s0, align 8
  %f130 = getelementptr i8, ptr %1, i64 80
  store ptr %v129, ptr %f130, align 8
  %c131 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c131

xdec139:                                          ; preds = %unwind_here127
  %rc141 = load i64, ptr %v137, align 4
  %rc1142 = sub i64 %rc141, 1
  store i64 %rc1142, ptr %v137, align 4
  %dead143 = icmp eq i64 %rc1142, 0
  br i1 %dead143, label %dealloc144, label %cont145

cont140:                                          ; preds = %cont145, %unwind_here127
  %f146 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f146, align 4
  %f147 = getelementptr i8, ptr %f1, i64 10
  %f148 = getelementptr i8, ptr %1, i64 56
  store ptr %f147, ptr %f148, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f149 = getelementptr i8, ptr %0, i64 56
  %p150 = load ptr, ptr %f149, align 8
  %f151 = getelementptr i8, ptr %1, i64 48
  %p152 = load ptr, ptr %f151, align 8
  %f153 = getelementptr i8, ptr %p150, i64 8
  store ptr %p152, ptr %f153, align 8
  %f154 = getelementptr i8, ptr %0, i64 32
  %rem155 = load i32, ptr %f154, align 4
  %rem1156 = add i32 %rem155, 1
  store i32 %rem1156, ptr %f154, align 4
  ret ptr null

dealloc144:                                       ; preds = %xdec139
  call void @_Py_Dealloc(ptr %v137)
  br label %cont145

cont145:                                          ; preds = %dealloc144, %xdec139
  br label %cont140

xdec161:                                          ; preds = %i6
  %rc163 = load i64, ptr %v157, align 4
  %rc1164 = sub i64 %rc163, 1
  store i64 %rc1164, ptr %v157, align 4
  %dead165 = icmp eq i64 %rc1164, 0
  br i1 %dead165, label %dealloc166, label %cont167

cont162:                                          ; preds = %cont167, %i6
  br label %i7

dealloc166:                                       ; preds = %xdec161
  call void @_Py_Dealloc(ptr %v157)
  br label %cont167

cont167:                                          ; preds = %dealloc166, %xdec161
  br label %cont162

unbound170:                                       ; preds = %i7
  %f173 = getelementptr i8, ptr %f1, i64 14
  %f174 = getelementptr i8, ptr %1, i64 56
  store ptr %f173, ptr %f174, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %leave_raising175

bound171:                                         ; preds = %i7
  %rc195 = load i64, ptr %local169, align 4
  %rc1196 = add i64 %rc195, 1
  store i64 %rc1196, ptr %local169, align 4
  store ptr %local169, ptr %s0, align 8
  br label %i8

leave_raising175:                                 ; preds = %unbound170
  %f179 = getelementptr i8, ptr %0, i64 56
  %p180 = load ptr, ptr %f179, align 8
  %f181 = getelementptr i8, ptr %p180, i64 0
  %use_tracing182 = load i8, ptr %f181, align 1
  %tracing183 = icmp ne i8 %use_tracing182, 0
  br i1 %tracing183, label %error177, label %unwind_here176

unwind_here176:                                   ; preds = %leave_raising175
  %f184 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f184, align 4
  %f185 = getelementptr i8, ptr %f1, i64 14
  %f186 = getelementptr i8, ptr %1, i64 56
  store ptr %f185, ptr %f186, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f187 = getelementptr i8, ptr %0, i64 56
  %p188 = load ptr, ptr %f187, align 8
  %f189 = getelementptr i8, ptr %1, i64 48
  %p190 = load ptr, ptr %f189, align 8
  %f191 = getelementptr i8, ptr %p188, i64 8
  store ptr %p190, ptr %f191, align 8
  %f192 = getelementptr i8, ptr %0, i64 32
  %rem193 = load i32, ptr %f192, align 4
  %rem1194 = add i32 %rem193, 1
  store i32 %rem1194, ptr %f192, align 4
  ret ptr null

error177:                                         ; preds = %leave_raising175
  %c178 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c178

num_done:                                         ; preds = %num_slow, %float_fast, %int_fast
  %res = phi ptr [ %c238, %int_fast ], [ %c251, %float_fast ], [ %c252, %num_slow ]
  %rc253 = load i64, ptr %v202, align 4
  %rc1254 = sub i64 %rc253, 1
  store i64 %rc1254, ptr %v202, align 4
  %dead255 = icmp eq i64 %rc1254, 0
  br i1 %dead255, label %dealloc256, label %cont257

num_slow:                                         ; preds = %float_check, %int_test
  %c252 = call ptr @PyNumber_Add(ptr %v202, ptr %v201)
  br label %num_done

int_test:                                         ; preds = %i9
  %f211 = getelementptr i8, ptr %v202, i64 16
  %size = load i64, ptr %f211, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f212 = getelementptr i8, ptr %v202, i64 24
  %digit0 = load i32, ptr %f212, align 4
  %digit0213 = zext i32 %digit0 to i64
  %f214 = getelementptr i8, ptr %v202, i64 28
  %digit1 = load i32, ptr %f214, align 4
  %digit1215 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1215, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0213, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f216 = getelementptr i8, ptr %v201, i64 16
  %size217 = load i64, ptr %f216, align 4
  %size2218 = add i64 %size217, 2
  %compact219 = icmp ule i64 %size2218, 4
  %f220 = getelementptr i8, ptr %v201, i64 24
  %digit0221 = load i32, ptr %f220, align 4
  %digit0222 = zext i32 %digit0221 to i64
  %f223 = getelementptr i8, ptr %v201, i64 28
  %digit1224 = load i32, ptr %f223, align 4
  %digit1225 = zext i32 %digit1224 to i64
  %negative226 = icmp slt i64 %size217, 0
  %neg_size227 = sub i64 0, %size217
  %ndigits228 = select i1 %negative226, i64 %neg_size227, i64 %size217
  %two229 = icmp eq i64 %ndigits228, 2
  %hi230 = shl i64 %digit1225, 30
  %hi2231 = select i1 %two229, i64 %hi230, i64 0
  %mag232 = add i64 %digit0222, %hi2231
  %zero233 = icmp eq i64 %size217, 0
  %mag0234 = select i1 %zero233, i64 0, i64 %mag232
  %neg_mag235 = sub i64 0, %mag0234
  %ival236 = select i1 %negative226, i64 %neg_mag235, i64 %mag0234
  %compact237 = and i1 %compact, %compact219
  br i1 %compact237, label %int_fast, label %num_slow

float_check:                                      ; preds = %i9
  %f239 = getelementptr i8, ptr %v202, i64 8
  %p240 = load ptr, ptr %f239, align 8
  %f241 = getelementptr i8, ptr %v201, i64 8
  %p242 = load ptr, ptr %f241, align 8
  %a243 = ptrtoint ptr %p240 to i64
  %eq244 = icmp eq i64 %a243, ptrtoint (ptr @PyFloat_Type to i64)
  %a245 = ptrtoint ptr %p242 to i64
  %eq246 = icmp eq i64 %a245, ptrtoint (ptr @PyFloat_Type to i64)
  %both247 = and i1 %eq244, %eq246
  br i1 %both247, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival236
  %c238 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f248 = getelementptr i8, ptr %v202, i64 16
  %fval = load double, ptr %f248, align 8
  %f249 = getelementptr i8, ptr %v201, i64 16
  %fval250 = load double, ptr %f249, align 8
  %fadd = fadd double %fval, %fval250
  %c251 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %num_done

dealloc256:                                       ; preds = %num_done
  call void @_Py_Dealloc(ptr %v202)
  br label %cont257

cont257:                                          ; preds = %dealloc256, %num_done
  %rc258 = load i64, ptr %v201, align 4
  %rc1259 = sub i64 %rc258, 1
  store i64 %rc1259, ptr %v201, align 4
  %dead260 = icmp eq i64 %rc1259, 0
  br i1 %dead260, label %dealloc261, label %cont262

dealloc261:                                       ; preds = %cont257
  call void @_Py_Dealloc(ptr %v201)
  br label %cont262

cont262:                                          ; preds = %dealloc261, %cont257
  %isnull283 = icmp eq ptr %res, null
  br i1 %isnull283, label %leave_raising263, label %ok

leave_raising263:                                 ; preds = %cont262
  %f267 = getelementptr i8, ptr %0, i64 56
  %p268 = load ptr, ptr %f267, align 8
  %f269 = getelementptr i8, ptr %p268, i64 0
  %use_tracing270 = load i8, ptr %f269, align 1
  %tracing271 = icmp ne i8 %use_tracing270, 0
  br i1 %tracing271, label %error265, label %unwind_here264

unwind_here264:                                   ; preds = %leave_raising263
  %f272 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f272, align 4
  %f273 = getelementptr i8, ptr %f1, i64 18
  %f274 = getelementptr i8, ptr %1, i64 56
  store ptr %f273, ptr %f274, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f275 = getelementptr i8, ptr %0, i64 56
  %p276 = load ptr, ptr %f275, align 8
  %f277 = getelementptr i8, ptr %1, i64 48
  %p278 = load ptr, ptr %f277, align 8
  %f279 = getelementptr i8, ptr %p276, i64 8
  store ptr %p278, ptr %f279, align 8
  %f280 = getelementptr i8, ptr %0, i64 32
  %rem281 = load i32, ptr %f280, align 4
  %rem1282 = add i32 %rem281, 1
  store i32 %rem1282, ptr %f280, align 4
  ret ptr null

error265:                                         ; preds = %leave_raising263
  %c266 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c266

ok:                                               ; preds = %cont262
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker294:                                  ; preds = %i12
  %c296 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c296, label %deopt297 [
    i32 0, label %cont295
    i32 -1, label %leave_raising301
  ]

cont295:                                          ; preds = %eval_breaker294, %i12
  br label %i13

deopt297:                                         ; preds = %eval_breaker294
  %v298 = load ptr, ptr %s0, align 8
  %f299 = getelementptr i8, ptr %1, i64 80
  store ptr %v298, ptr %f299, align 8
  %c300 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c300

leave_raising301:                                 ; preds = %eval_breaker294
  %f307 = getelementptr i8, ptr %0, i64 56
  %p308 = load ptr, ptr %f307, align 8
  %f309 = getelementptr i8, ptr %p308, i64 0
  %use_tracing310 = load i8, ptr %f309, align 1
  %tracing311 = icmp ne i8 %use_tracing310, 0
  br i1 %tracing311, label %error303, label %unwind_here302

unwind_here302:                                   ; preds = %leave_raising301
  %v312 = load ptr, ptr %s0, align 8
  %isnull313 = icmp eq ptr %v312, null
  br i1 %isnull313, label %cont315, label %xdec314

error303:                                         ; preds = %leave_raising301
  %v304 = load ptr, ptr %s0, align 8
  %f305 = getelementptr i8, ptr %1, i64 80
  store ptr %v304, ptr %f305, align 8
  %c306 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c306

xdec314:                                          ; preds = %unwind_here302
  %rc316 = load i64, ptr %v312, align 4
  %rc1317 = sub i64 %rc316, 1
  store i64 %rc1317, ptr %v312, align 4
  %dead318 = icmp eq i64 %rc1317, 0
  br i1 %dead318, label %dealloc319, label %cont320

cont315:                                          ; preds = %cont320, %unwind_here302
  %f321 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f321, align 4
  %f322 = getelementptr i8, ptr %f1, i64 24
  %f323 = getelementptr i8, ptr %1, i64 56
  store ptr %f322, ptr %f323, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f324 = getelementptr i8, ptr %0, i64 56
  %p325 = load ptr, ptr %f324, align 8
  %f326 = getelementptr i8, ptr %1, i64 48
  %p327 = load ptr, ptr %f326, align 8
  %f328 = getelementptr i8, ptr %p325, i64 8
  store ptr %p327, ptr %f328, align 8
  %f329 = getelementptr i8, ptr %0, i64 32
  %rem330 = load i32, ptr %f329, align 4
  %rem1331 = add i32 %rem330, 1
  store i32 %rem1331, ptr %f329, align 4
  ret ptr null

dealloc319:                                       ; preds = %xdec314
  call void @_Py_Dealloc(ptr %v312)
  br label %cont320

cont320:                                          ; preds = %dealloc319, %xdec314
  br label %cont315

xdec336:                                          ; preds = %i13
  %rc338 = load i64, ptr %v332, align 4
  %rc1339 = sub i64 %rc338, 1
  store i64 %rc1339, ptr %v332, align 4
  %dead340 = icmp eq i64 %rc1339, 0
  br i1 %dead340, label %dealloc341, label %cont342

cont337:                                          ; preds = %cont342, %i13
  br label %i14

dealloc341:                                       ; preds = %xdec336
  call void @_Py_Dealloc(ptr %v332)
  br label %cont342

cont342:                                          ; preds = %dealloc341, %xdec336
  br label %cont337
}

declare ptr @rjit_resume_in_interpreter(ptr, ptr)

declare i32 @rjit_recursion_check(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare void @rjit_exception_leaves(ptr, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_leave(ptr, ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)
