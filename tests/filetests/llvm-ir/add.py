# test: llvm-ir
def f(a, b):
    return a + b
# run: f(1, 2)
# run: f("x", "y")
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %s1 = alloca ptr, align 8
  %scratch = alloca ptr, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f1 = getelementptr i8, ptr %p, i64 184
  %c = call i32 @rjit_enter(ptr %0, ptr %1)
  %enter_failed = icmp ne i32 %c, 0
  br i1 %enter_failed, label %recursion_error, label %i0

i0:                                               ; preds = %entry
  %f2 = getelementptr i8, ptr %0, i64 16
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %p3, i64 100
  %eval_breaker = load volatile i32, ptr %f4, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker5, label %cont

i1:                                               ; preds = %cont
  %f8 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f8, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i2:                                               ; preds = %bound
  %f12 = getelementptr i8, ptr %1, i64 80
  %local13 = load ptr, ptr %f12, align 8
  %isnull16 = icmp eq ptr %local13, null
  br i1 %isnull16, label %unbound14, label %bound15

i3:                                               ; preds = %bound15
  %v24 = load ptr, ptr %s1, align 8
  %v25 = load ptr, ptr %s0, align 8
  %f26 = getelementptr i8, ptr %f1, i64 6
  %f27 = getelementptr i8, ptr %1, i64 56
  store ptr %f26, ptr %f27, align 8
  %c28 = call ptr @PyNumber_Add(ptr %v25, ptr %v24)
  %rc29 = load i64, ptr %v25, align 4
  %rc130 = sub i64 %rc29, 1
  store i64 %rc130, ptr %v25, align 4
  %dead = icmp eq i64 %rc130, 0
  br i1 %dead, label %dealloc, label %cont31

i5:                                               ; preds = %ok
  %v40 = load ptr, ptr %s0, align 8
  %f41 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f41, align 4
  %f42 = getelementptr i8, ptr %f1, i64 10
  %f43 = getelementptr i8, ptr %1, i64 56
  store ptr %f42, ptr %f43, align 8
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v40

recursion_error:                                  ; preds = %entry
  ret ptr null

eval_breaker5:                                    ; preds = %i0
  %c6 = call i32 @rjit_eval_breaker(ptr %0)
  %pending = icmp ne i32 %c6, 0
  br i1 %pending, label %deopt, label %cont

cont:                                             ; preds = %eval_breaker5, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker5
  %c7 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c7

unbound:                                          ; preds = %i1
  %f9 = getelementptr i8, ptr %f1, i64 2
  %f10 = getelementptr i8, ptr %1, i64 56
  store ptr %f9, ptr %f10, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error

bound:                                            ; preds = %i1
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i2

error:                                            ; preds = %unbound
  %c11 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c11

unbound14:                                        ; preds = %i2
  %f17 = getelementptr i8, ptr %f1, i64 4
  %f18 = getelementptr i8, ptr %1, i64 56
  store ptr %f17, ptr %f18, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %error19

bound15:                                          ; preds = %i2
  %rc22 = load i64, ptr %local13, align 4
  %rc123 = add i64 %rc22, 1
  store i64 %rc123, ptr %local13, align 4
  store ptr %local13, ptr %s1, align 8
  br label %i3

error19:                                          ; preds = %unbound14
  %v = load ptr, ptr %s0, align 8
  %f20 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f20, align 8
  %c21 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c21

dealloc:                                          ; preds = %i3
  call void @_Py_Dealloc(ptr %v25)
  br label %cont31

cont31:                                           ; preds = %dealloc, %i3
  %rc32 = load i64, ptr %v24, align 4
  %rc133 = sub i64 %rc32, 1
  store i64 %rc133, ptr %v24, align 4
  %dead34 = icmp eq i64 %rc133, 0
  br i1 %dead34, label %dealloc35, label %cont36

dealloc35:                                        ; preds = %cont31
  call void @_Py_Dealloc(ptr %v24)
  br label %cont36

cont36:                                           ; preds = %dealloc35, %cont31
  %isnull39 = icmp eq ptr %c28, null
  br i1 %isnull39, label %error37, label %ok

error37:                                          ; preds = %cont36
  %c38 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c38

ok:                                               ; preds = %cont36
  store ptr %c28, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_enter(ptr, ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

declare void @_Py_Dealloc(ptr)

declare void @rjit_leave(ptr, ptr)
