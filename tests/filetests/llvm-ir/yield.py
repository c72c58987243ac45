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
  br i1 %eb86, label %eval_breaker87, label %cont88

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
  %v173 = load ptr, ptr %s0, align 8
  %f174 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f174, align 4
  %f175 = getelementptr i8, ptr %f1, i64 22
  %f176 = getelementptr i8, ptr %1, i64 56
  store ptr %f175, ptr %f176, align 8
  %f177 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f177, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v173

i12:                                              ; preds = %reload37
  %f178 = getelementptr i8, ptr %0, i64 16
  %p179 = load ptr, ptr %f178, align 8
  %f180 = getelementptr i8, ptr %p179, i64 100
  %eval_breaker181 = load volatile i32, ptr %f180, align 4
  %eb182 = icmp ne i32 %eval_breaker181, 0
  br i1 %eb182, label %eval_breaker183, label %cont184

i13:                                              ; preds = %cont184
  %v194 = load ptr, ptr %s0, align 8
  %f195 = getelementptr i8, ptr %f1, i64 26
  %f196 = getelementptr i8, ptr %1, i64 56
  store ptr %f195, ptr %f196, align 8
  %isnull197 = icmp eq ptr %v194, null
  br i1 %isnull197, label %cont199, label %xdec198

i14:                                              ; preds = %cont199
  %f205 = getelementptr i8, ptr %2, i64 0
  %p206 = load ptr, ptr %f205, align 8
  %rc207 = load i64, ptr %p206, align 4
  %rc1208 = add i64 %rc207, 1
  store i64 %rc1208, ptr %p206, align 4
  store ptr %p206, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v209 = load ptr, ptr %s0, align 8
  %f210 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f210, align 4
  %f211 = getelementptr i8, ptr %f1, i64 30
  %f212 = getelementptr i8, ptr %1, i64 56
  store ptr %f211, ptr %f212, align 8
  %f213 = getelementptr i8, ptr %0, i64 56
  %p214 = load ptr, ptr %f213, align 8
  %f215 = getelementptr i8, ptr %1, i64 48
  %p216 = load ptr, ptr %f215, align 8
  %f217 = getelementptr i8, ptr %p214, i64 8
  store ptr %p216, ptr %f217, align 8
  %f218 = getelementptr i8, ptr %0, i64 32
  %rem219 = load i32, ptr %f218, align 4
  %rem1220 = add i32 %rem219, 1
  store i32 %rem1220, ptr %f218, align 4
  ret ptr %v209

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

num_done:                                         ; preds = %num_slow, %float_fast, %int_fast
  %res = phi ptr [ %c145, %int_fast ], [ %c158, %float_fast ], [ %c159, %num_slow ]
  %rc160 = load i64, ptr %v125, align 4
  %rc1161 = sub i64 %rc160, 1
  store i64 %rc1161, ptr %v125, align 4
  %dead162 = icmp eq i64 %rc1161, 0
  br i1 %dead162, label %dealloc163, label %cont164

num_slow:                                         ; preds = %float_check, %int_test
  %c159 = call ptr @PyNumber_Add(ptr %v125, ptr %v124)
  br label %num_done

int_test:                                         ; preds = %i9
  %f134 = getelementptr i8, ptr %v125, i64 16
  %size = load i64, ptr %f134, align 4
  %size1 = add i64 %size, 1
  %compact = icmp ule i64 %size1, 2
  %f135 = getelementptr i8, ptr %v125, i64 24
  %digit = load i32, ptr %f135, align 4
  %digit64 = zext i32 %digit to i64
  %ival = mul i64 %size, %digit64
  %f136 = getelementptr i8, ptr %v124, i64 16
  %size137 = load i64, ptr %f136, align 4
  %size1138 = add i64 %size137, 1
  %compact139 = icmp ule i64 %size1138, 2
  %f140 = getelementptr i8, ptr %v124, i64 24
  %digit141 = load i32, ptr %f140, align 4
  %digit64142 = zext i32 %digit141 to i64
  %ival143 = mul i64 %size137, %digit64142
  %compact144 = and i1 %compact, %compact139
  br i1 %compact144, label %int_fast, label %num_slow

float_check:                                      ; preds = %i9
  %f146 = getelementptr i8, ptr %v125, i64 8
  %p147 = load ptr, ptr %f146, align 8
  %f148 = getelementptr i8, ptr %v124, i64 8
  %p149 = load ptr, ptr %f148, align 8
  %a150 = ptrtoint ptr %p147 to i64
  %eq151 = icmp eq i64 %a150, ptrtoint (ptr @PyFloat_Type to i64)
  %a152 = ptrtoint ptr %p149 to i64
  %eq153 = icmp eq i64 %a152, ptrtoint (ptr @PyFloat_Type to i64)
  %both154 = and i1 %eq151, %eq153
  br i1 %both154, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival143
  %c145 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f155 = getelementptr i8, ptr %v125, i64 16
  %fval = load double, ptr %f155, align 8
  %f156 = getelementptr i8, ptr %v124, i64 16
  %fval157 = load double, ptr %f156, align 8
  %fadd = fadd double %fval, %fval157
  %c158 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %num_done

dealloc163:                                       ; preds = %num_done
  call void @_Py_Dealloc(ptr %v125)
  br label %cont164

cont164:                                          ; preds = %dealloc163, %num_done
  %rc165 = load i64, ptr %v124, align 4
  %rc1166 = sub i64 %rc165, 1
  store i64 %rc1166, ptr %v124, align 4
  %dead167 = icmp eq i64 %rc1166, 0
  br i1 %dead167, label %dealloc168, label %cont169

dealloc168:                                       ; preds = %cont164
  call void @_Py_Dealloc(ptr %v124)
  br label %cont169

cont169:                                          ; preds = %dealloc168, %cont164
  %isnull172 = icmp eq ptr %res, null
  br i1 %isnull172, label %error170, label %ok

error170:                                         ; preds = %cont169
  %c171 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c171

ok:                                               ; preds = %cont169
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker183:                                  ; preds = %i12
  %c185 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c185, label %deopt186 [
    i32 0, label %cont184
    i32 -1, label %error190
  ]

cont184:                                          ; preds = %eval_breaker183, %i12
  br label %i13

deopt186:                                         ; preds = %eval_breaker183
  %v187 = load ptr, ptr %s0, align 8
  %f188 = getelementptr i8, ptr %1, i64 80
  store ptr %v187, ptr %f188, align 8
  %c189 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c189

error190:                                         ; preds = %eval_breaker183
  %v191 = load ptr, ptr %s0, align 8
  %f192 = getelementptr i8, ptr %1, i64 80
  store ptr %v191, ptr %f192, align 8
  %c193 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c193

xdec198:                                          ; preds = %i13
  %rc200 = load i64, ptr %v194, align 4
  %rc1201 = sub i64 %rc200, 1
  store i64 %rc1201, ptr %v194, align 4
  %dead202 = icmp eq i64 %rc1201, 0
  br i1 %dead202, label %dealloc203, label %cont204

cont199:                                          ; preds = %cont204, %i13
  br label %i14

dealloc203:                                       ; preds = %xdec198
  call void @_Py_Dealloc(ptr %v194)
  br label %cont204

cont204:                                          ; preds = %dealloc203, %xdec198
  br label %cont199
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
