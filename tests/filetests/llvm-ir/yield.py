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
    i64 4, label %resume9
    i64 11, label %resume17
  ]

i0:                                               ; No predecessors!
  br label %deopt

i1:                                               ; preds = %reload
  %v = load ptr, ptr %s0, align 8
  %f26 = getelementptr i8, ptr %f1, i64 2
  %f27 = getelementptr i8, ptr %1, i64 56
  store ptr %f26, ptr %f27, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %cont, label %xdec

i2:                                               ; preds = %cont
  %f29 = getelementptr i8, ptr %0, i64 16
  %p30 = load ptr, ptr %f29, align 8
  %f31 = getelementptr i8, ptr %p30, i64 100
  %eval_breaker = load volatile i32, ptr %f31, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker32, label %cont33

i3:                                               ; preds = %cont33
  %f38 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f38, align 8
  %isnull39 = icmp eq ptr %local, null
  br i1 %isnull39, label %unbound, label %bound

i4:                                               ; preds = %bound
  %v46 = load ptr, ptr %s0, align 8
  %f47 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f47, align 4
  %f48 = getelementptr i8, ptr %f1, i64 8
  %f49 = getelementptr i8, ptr %1, i64 56
  store ptr %f48, ptr %f49, align 8
  %f50 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f50, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v46

i5:                                               ; preds = %reload10
  %f51 = getelementptr i8, ptr %0, i64 16
  %p52 = load ptr, ptr %f51, align 8
  %f53 = getelementptr i8, ptr %p52, i64 100
  %eval_breaker54 = load volatile i32, ptr %f53, align 4
  %eb55 = icmp ne i32 %eval_breaker54, 0
  br i1 %eb55, label %eval_breaker56, label %cont57

i6:                                               ; preds = %cont57
  %v67 = load ptr, ptr %s0, align 8
  %f68 = getelementptr i8, ptr %f1, i64 12
  %f69 = getelementptr i8, ptr %1, i64 56
  store ptr %f68, ptr %f69, align 8
  %isnull70 = icmp eq ptr %v67, null
  br i1 %isnull70, label %cont72, label %xdec71

i7:                                               ; preds = %cont72
  %f78 = getelementptr i8, ptr %1, i64 72
  %local79 = load ptr, ptr %f78, align 8
  %isnull82 = icmp eq ptr %local79, null
  br i1 %isnull82, label %unbound80, label %bound81

i8:                                               ; preds = %bound81
  %f89 = getelementptr i8, ptr %2, i64 8
  %p90 = load ptr, ptr %f89, align 8
  %rc91 = load i64, ptr %p90, align 4
  %rc192 = add i64 %rc91, 1
  store i64 %rc192, ptr %p90, align 4
  store ptr %p90, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v93 = load ptr, ptr %s1, align 8
  %v94 = load ptr, ptr %s0, align 8
  %f95 = getelementptr i8, ptr %f1, i64 18
  %f96 = getelementptr i8, ptr %1, i64 56
  store ptr %f95, ptr %f96, align 8
  %f97 = getelementptr i8, ptr %v94, i64 8
  %p98 = load ptr, ptr %f97, align 8
  %f99 = getelementptr i8, ptr %v93, i64 8
  %p100 = load ptr, ptr %f99, align 8
  %a = ptrtoint ptr %p98 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a101 = ptrtoint ptr %p100 to i64
  %eq102 = icmp eq i64 %a101, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq102
  br i1 %both, label %int_test, label %float_check

i11:                                              ; preds = %ok
  %v142 = load ptr, ptr %s0, align 8
  %f143 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f143, align 4
  %f144 = getelementptr i8, ptr %f1, i64 22
  %f145 = getelementptr i8, ptr %1, i64 56
  store ptr %f144, ptr %f145, align 8
  %f146 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f146, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v142

i12:                                              ; preds = %reload18
  %f147 = getelementptr i8, ptr %0, i64 16
  %p148 = load ptr, ptr %f147, align 8
  %f149 = getelementptr i8, ptr %p148, i64 100
  %eval_breaker150 = load volatile i32, ptr %f149, align 4
  %eb151 = icmp ne i32 %eval_breaker150, 0
  br i1 %eb151, label %eval_breaker152, label %cont153

i13:                                              ; preds = %cont153
  %v163 = load ptr, ptr %s0, align 8
  %f164 = getelementptr i8, ptr %f1, i64 26
  %f165 = getelementptr i8, ptr %1, i64 56
  store ptr %f164, ptr %f165, align 8
  %isnull166 = icmp eq ptr %v163, null
  br i1 %isnull166, label %cont168, label %xdec167

i14:                                              ; preds = %cont168
  %f174 = getelementptr i8, ptr %2, i64 0
  %p175 = load ptr, ptr %f174, align 8
  %rc176 = load i64, ptr %p175, align 4
  %rc1177 = add i64 %rc176, 1
  store i64 %rc1177, ptr %p175, align 4
  store ptr %p175, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v178 = load ptr, ptr %s0, align 8
  %f179 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f179, align 4
  %f180 = getelementptr i8, ptr %f1, i64 30
  %f181 = getelementptr i8, ptr %1, i64 56
  store ptr %f180, ptr %f181, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v178

resume_in_interpreter:                            ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

resume:                                           ; preds = %entry
  %c6 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c6, 0
  br i1 %enter_failed, label %recursion_error, label %reload

reload:                                           ; preds = %resume
  %f7 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f7, align 8
  store ptr %saved, ptr %s0, align 8
  %f8 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f8, align 4
  br label %i1

recursion_error:                                  ; preds = %resume
  ret ptr null

resume9:                                          ; preds = %entry
  %c11 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed12 = icmp ne i32 %c11, 0
  br i1 %enter_failed12, label %recursion_error13, label %reload10

reload10:                                         ; preds = %resume9
  %f14 = getelementptr i8, ptr %1, i64 80
  %saved15 = load ptr, ptr %f14, align 8
  store ptr %saved15, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
  br label %i5

recursion_error13:                                ; preds = %resume9
  ret ptr null

resume17:                                         ; preds = %entry
  %c19 = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed20 = icmp ne i32 %c19, 0
  br i1 %enter_failed20, label %recursion_error21, label %reload18

reload18:                                         ; preds = %resume17
  %f22 = getelementptr i8, ptr %1, i64 80
  %saved23 = load ptr, ptr %f22, align 8
  store ptr %saved23, ptr %s0, align 8
  %f24 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f24, align 4
  br label %i12

recursion_error21:                                ; preds = %resume17
  ret ptr null

deopt:                                            ; preds = %i0
  %c25 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c25

xdec:                                             ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont28

cont:                                             ; preds = %cont28, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v)
  br label %cont28

cont28:                                           ; preds = %dealloc, %xdec
  br label %cont

eval_breaker32:                                   ; preds = %i2
  %c34 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c34, label %deopt35 [
    i32 0, label %cont33
    i32 -1, label %error
  ]

cont33:                                           ; preds = %eval_breaker32, %i2
  br label %i3

deopt35:                                          ; preds = %eval_breaker32
  %c36 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c36

error:                                            ; preds = %eval_breaker32
  %c37 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c37

unbound:                                          ; preds = %i3
  %f40 = getelementptr i8, ptr %f1, i64 6
  %f41 = getelementptr i8, ptr %1, i64 56
  store ptr %f40, ptr %f41, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error42

bound:                                            ; preds = %i3
  %rc44 = load i64, ptr %local, align 4
  %rc145 = add i64 %rc44, 1
  store i64 %rc145, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error42:                                          ; preds = %unbound
  %c43 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c43

eval_breaker56:                                   ; preds = %i5
  %c58 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c58, label %deopt59 [
    i32 0, label %cont57
    i32 -1, label %error63
  ]

cont57:                                           ; preds = %eval_breaker56, %i5
  br label %i6

deopt59:                                          ; preds = %eval_breaker56
  %v60 = load ptr, ptr %s0, align 8
  %f61 = getelementptr i8, ptr %1, i64 80
  store ptr %v60, ptr %f61, align 8
  %c62 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c62

error63:                                          ; preds = %eval_breaker56
  %v64 = load ptr, ptr %s0, align 8
  %f65 = getelementptr i8, ptr %1, i64 80
  store ptr %v64, ptr %f65, align 8
  %c66 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c66

xdec71:                                           ; preds = %i6
  %rc73 = load i64, ptr %v67, align 4
  %rc174 = sub i64 %rc73, 1
  store i64 %rc174, ptr %v67, align 4
  %dead75 = icmp eq i64 %rc174, 0
  br i1 %dead75, label %dealloc76, label %cont77

cont72:                                           ; preds = %cont77, %i6
  br label %i7

dealloc76:                                        ; preds = %xdec71
  call void @_Py_Dealloc(ptr %v67)
  br label %cont77

cont77:                                           ; preds = %dealloc76, %xdec71
  br label %cont72

unbound80:                                        ; preds = %i7
  %f83 = getelementptr i8, ptr %f1, i64 14
  %f84 = getelementptr i8, ptr %1, i64 56
  store ptr %f83, ptr %f84, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error85

bound81:                                          ; preds = %i7
  %rc87 = load i64, ptr %local79, align 4
  %rc188 = add i64 %rc87, 1
  store i64 %rc188, ptr %local79, align 4
  store ptr %local79, ptr %s0, align 8
  br label %i8

error85:                                          ; preds = %unbound80
  %c86 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c86

num_done:                                         ; preds = %num_slow, %float_fast, %int_fast
  %res = phi ptr [ %c114, %int_fast ], [ %c127, %float_fast ], [ %c128, %num_slow ]
  %rc129 = load i64, ptr %v94, align 4
  %rc1130 = sub i64 %rc129, 1
  store i64 %rc1130, ptr %v94, align 4
  %dead131 = icmp eq i64 %rc1130, 0
  br i1 %dead131, label %dealloc132, label %cont133

num_slow:                                         ; preds = %float_check, %int_test
  %c128 = call ptr @PyNumber_Add(ptr %v94, ptr %v93)
  br label %num_done

int_test:                                         ; preds = %i9
  %f103 = getelementptr i8, ptr %v94, i64 16
  %size = load i64, ptr %f103, align 4
  %size1 = add i64 %size, 1
  %compact = icmp ule i64 %size1, 2
  %f104 = getelementptr i8, ptr %v94, i64 24
  %digit = load i32, ptr %f104, align 4
  %digit64 = zext i32 %digit to i64
  %ival = mul i64 %size, %digit64
  %f105 = getelementptr i8, ptr %v93, i64 16
  %size106 = load i64, ptr %f105, align 4
  %size1107 = add i64 %size106, 1
  %compact108 = icmp ule i64 %size1107, 2
  %f109 = getelementptr i8, ptr %v93, i64 24
  %digit110 = load i32, ptr %f109, align 4
  %digit64111 = zext i32 %digit110 to i64
  %ival112 = mul i64 %size106, %digit64111
  %compact113 = and i1 %compact, %compact108
  br i1 %compact113, label %int_fast, label %num_slow

float_check:                                      ; preds = %i9
  %f115 = getelementptr i8, ptr %v94, i64 8
  %p116 = load ptr, ptr %f115, align 8
  %f117 = getelementptr i8, ptr %v93, i64 8
  %p118 = load ptr, ptr %f117, align 8
  %a119 = ptrtoint ptr %p116 to i64
  %eq120 = icmp eq i64 %a119, ptrtoint (ptr @PyFloat_Type to i64)
  %a121 = ptrtoint ptr %p118 to i64
  %eq122 = icmp eq i64 %a121, ptrtoint (ptr @PyFloat_Type to i64)
  %both123 = and i1 %eq120, %eq122
  br i1 %both123, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival112
  %c114 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f124 = getelementptr i8, ptr %v94, i64 16
  %fval = load double, ptr %f124, align 8
  %f125 = getelementptr i8, ptr %v93, i64 16
  %fval126 = load double, ptr %f125, align 8
  %fadd = fadd double %fval, %fval126
  %c127 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %num_done

dealloc132:                                       ; preds = %num_done
  call void @_Py_Dealloc(ptr %v94)
  br label %cont133

cont133:                                          ; preds = %dealloc132, %num_done
  %rc134 = load i64, ptr %v93, align 4
  %rc1135 = sub i64 %rc134, 1
  store i64 %rc1135, ptr %v93, align 4
  %dead136 = icmp eq i64 %rc1135, 0
  br i1 %dead136, label %dealloc137, label %cont138

dealloc137:                                       ; preds = %cont133
  call void @_Py_Dealloc(ptr %v93)
  br label %cont138

cont138:                                          ; preds = %dealloc137, %cont133
  %isnull141 = icmp eq ptr %res, null
  br i1 %isnull141, label %error139, label %ok

error139:                                         ; preds = %cont138
  %c140 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c140

ok:                                               ; preds = %cont138
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker152:                                  ; preds = %i12
  %c154 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c154, label %deopt155 [
    i32 0, label %cont153
    i32 -1, label %error159
  ]

cont153:                                          ; preds = %eval_breaker152, %i12
  br label %i13

deopt155:                                         ; preds = %eval_breaker152
  %v156 = load ptr, ptr %s0, align 8
  %f157 = getelementptr i8, ptr %1, i64 80
  store ptr %v156, ptr %f157, align 8
  %c158 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c158

error159:                                         ; preds = %eval_breaker152
  %v160 = load ptr, ptr %s0, align 8
  %f161 = getelementptr i8, ptr %1, i64 80
  store ptr %v160, ptr %f161, align 8
  %c162 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c162

xdec167:                                          ; preds = %i13
  %rc169 = load i64, ptr %v163, align 4
  %rc1170 = sub i64 %rc169, 1
  store i64 %rc1170, ptr %v163, align 4
  %dead171 = icmp eq i64 %rc1170, 0
  br i1 %dead171, label %dealloc172, label %cont173

cont168:                                          ; preds = %cont173, %i13
  br label %i14

dealloc172:                                       ; preds = %xdec167
  call void @_Py_Dealloc(ptr %v163)
  br label %cont173

cont173:                                          ; preds = %dealloc172, %xdec167
  br label %cont168
}

declare ptr @rjit_resume_in_interpreter(ptr, ptr)

declare i32 @rjit_enter(ptr, ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_leave(ptr, ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)
