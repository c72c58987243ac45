# test: llvm-ir
def f(a, b):
    return a + b
# run: f(1, 2)
# run: f("x", "y")
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
  %f2 = getelementptr i8, ptr %2, i64 8
  %p3 = load ptr, ptr %f2, align 8
  %f4 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f4, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f4, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

i0:                                               ; preds = %link
  %f11 = getelementptr i8, ptr %0, i64 16
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %p12, i64 100
  %eval_breaker = load volatile i32, ptr %f13, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker14, label %cont

i1:                                               ; preds = %cont
  %f32 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f32, align 8
  %isnull = icmp eq ptr %local, null
  br i1 %isnull, label %unbound, label %bound

i2:                                               ; preds = %bound
  %f55 = getelementptr i8, ptr %1, i64 80
  %local56 = load ptr, ptr %f55, align 8
  %isnull59 = icmp eq ptr %local56, null
  br i1 %isnull59, label %unbound57, label %bound58

i3:                                               ; preds = %bound58
  %v91 = load ptr, ptr %s1, align 8
  %v92 = load ptr, ptr %s0, align 8
  %f93 = getelementptr i8, ptr %f1, i64 6
  %f94 = getelementptr i8, ptr %1, i64 56
  store ptr %f93, ptr %f94, align 8
  %f95 = getelementptr i8, ptr %v92, i64 8
  %p96 = load ptr, ptr %f95, align 8
  %f97 = getelementptr i8, ptr %v91, i64 8
  %p98 = load ptr, ptr %f97, align 8
  %a = ptrtoint ptr %p96 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a99 = ptrtoint ptr %p98 to i64
  %eq100 = icmp eq i64 %a99, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq100
  br i1 %both, label %int_test, label %float_check

i5:                                               ; preds = %ok
  %v174 = load ptr, ptr %s0, align 8
  %f175 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f175, align 4
  %f176 = getelementptr i8, ptr %f1, i64 10
  %f177 = getelementptr i8, ptr %1, i64 56
  store ptr %f176, ptr %f177, align 8
  %f178 = getelementptr i8, ptr %0, i64 56
  %p179 = load ptr, ptr %f178, align 8
  %f180 = getelementptr i8, ptr %1, i64 48
  %p181 = load ptr, ptr %f180, align 8
  %f182 = getelementptr i8, ptr %p179, i64 8
  store ptr %p181, ptr %f182, align 8
  %f183 = getelementptr i8, ptr %0, i64 32
  %rem184 = load i32, ptr %f183, align 4
  %rem1185 = add i32 %rem184, 1
  store i32 %rem1185, ptr %f183, align 4
  ret ptr %v174

recursion_check:                                  ; preds = %entry
  %c = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %entry
  %f5 = getelementptr i8, ptr %0, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %f7 = getelementptr i8, ptr %p6, i64 8
  %p8 = load ptr, ptr %f7, align 8
  %f9 = getelementptr i8, ptr %1, i64 48
  store ptr %p8, ptr %f9, align 8
  %f10 = getelementptr i8, ptr %p6, i64 8
  store ptr %1, ptr %f10, align 8
  br label %i0

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

eval_breaker14:                                   ; preds = %i0
  %c15 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c15, label %deopt [
    i32 0, label %cont
    i32 -1, label %leave_raising
  ]

cont:                                             ; preds = %eval_breaker14, %i0
  br label %i1

deopt:                                            ; preds = %eval_breaker14
  %c16 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c16

leave_raising:                                    ; preds = %eval_breaker14
  %f18 = getelementptr i8, ptr %0, i64 56
  %p19 = load ptr, ptr %f18, align 8
  %f20 = getelementptr i8, ptr %p19, i64 0
  %use_tracing = load i8, ptr %f20, align 1
  %tracing = icmp ne i8 %use_tracing, 0
  br i1 %tracing, label %error, label %unwind_here

unwind_here:                                      ; preds = %leave_raising
  %f21 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f21, align 4
  %f22 = getelementptr i8, ptr %f1, i64 0
  %f23 = getelementptr i8, ptr %1, i64 56
  store ptr %f22, ptr %f23, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f24 = getelementptr i8, ptr %0, i64 56
  %p25 = load ptr, ptr %f24, align 8
  %f26 = getelementptr i8, ptr %1, i64 48
  %p27 = load ptr, ptr %f26, align 8
  %f28 = getelementptr i8, ptr %p25, i64 8
  store ptr %p27, ptr %f28, align 8
  %f29 = getelementptr i8, ptr %0, i64 32
  %rem30 = load i32, ptr %f29, align 4
  %rem131 = add i32 %rem30, 1
  store i32 %rem131, ptr %f29, align 4
  ret ptr null

error:                                            ; preds = %leave_raising
  %c17 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 0, i32 0, i32 1)
  ret ptr %c17

unbound:                                          ; preds = %i1
  %f33 = getelementptr i8, ptr %f1, i64 2
  %f34 = getelementptr i8, ptr %1, i64 56
  store ptr %f33, ptr %f34, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %leave_raising35

bound:                                            ; preds = %i1
  %rc = load i64, ptr %local, align 4
  %rc1 = add i64 %rc, 1
  store i64 %rc1, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i2

leave_raising35:                                  ; preds = %unbound
  %f39 = getelementptr i8, ptr %0, i64 56
  %p40 = load ptr, ptr %f39, align 8
  %f41 = getelementptr i8, ptr %p40, i64 0
  %use_tracing42 = load i8, ptr %f41, align 1
  %tracing43 = icmp ne i8 %use_tracing42, 0
  br i1 %tracing43, label %error37, label %unwind_here36

unwind_here36:                                    ; preds = %leave_raising35
  %f44 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f44, align 4
  %f45 = getelementptr i8, ptr %f1, i64 2
  %f46 = getelementptr i8, ptr %1, i64 56
  store ptr %f45, ptr %f46, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f47 = getelementptr i8, ptr %0, i64 56
  %p48 = load ptr, ptr %f47, align 8
  %f49 = getelementptr i8, ptr %1, i64 48
  %p50 = load ptr, ptr %f49, align 8
  %f51 = getelementptr i8, ptr %p48, i64 8
  store ptr %p50, ptr %f51, align 8
  %f52 = getelementptr i8, ptr %0, i64 32
  %rem53 = load i32, ptr %f52, align 4
  %rem154 = add i32 %rem53, 1
  store i32 %rem154, ptr %f52, align 4
  ret ptr null

error37:                                          ; preds = %leave_raising35
  %c38 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 1)
  ret ptr %c38

unbound57:                                        ; preds = %i2
  %f60 = getelementptr i8, ptr %f1, i64 4
  %f61 = getelementptr i8, ptr %1, i64 56
  store ptr %f60, ptr %f61, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 1)
  br label %leave_raising62

bound58:                                          ; preds = %i2
  %rc89 = load i64, ptr %local56, align 4
  %rc190 = add i64 %rc89, 1
  store i64 %rc190, ptr %local56, align 4
  store ptr %local56, ptr %s1, align 8
  br label %i3

leave_raising62:                                  ; preds = %unbound57
  %f67 = getelementptr i8, ptr %0, i64 56
  %p68 = load ptr, ptr %f67, align 8
  %f69 = getelementptr i8, ptr %p68, i64 0
  %use_tracing70 = load i8, ptr %f69, align 1
  %tracing71 = icmp ne i8 %use_tracing70, 0
  br i1 %tracing71, label %error64, label %unwind_here63

unwind_here63:                                    ; preds = %leave_raising62
  %v72 = load ptr, ptr %s0, align 8
  %isnull73 = icmp eq ptr %v72, null
  br i1 %isnull73, label %cont74, label %xdec

error64:                                          ; preds = %leave_raising62
  %v = load ptr, ptr %s0, align 8
  %f65 = getelementptr i8, ptr %1, i64 88
  store ptr %v, ptr %f65, align 8
  %c66 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 1, i32 1)
  ret ptr %c66

xdec:                                             ; preds = %unwind_here63
  %rc75 = load i64, ptr %v72, align 4
  %rc176 = sub i64 %rc75, 1
  store i64 %rc176, ptr %v72, align 4
  %dead = icmp eq i64 %rc176, 0
  br i1 %dead, label %dealloc, label %cont77

cont74:                                           ; preds = %cont77, %unwind_here63
  %f78 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f78, align 4
  %f79 = getelementptr i8, ptr %f1, i64 4
  %f80 = getelementptr i8, ptr %1, i64 56
  store ptr %f79, ptr %f80, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f81 = getelementptr i8, ptr %0, i64 56
  %p82 = load ptr, ptr %f81, align 8
  %f83 = getelementptr i8, ptr %1, i64 48
  %p84 = load ptr, ptr %f83, align 8
  %f85 = getelementptr i8, ptr %p82, i64 8
  store ptr %p84, ptr %f85, align 8
  %f86 = getelementptr i8, ptr %0, i64 32
  %rem87 = load i32, ptr %f86, align 4
  %rem188 = add i32 %rem87, 1
  store i32 %rem188, ptr %f86, align 4
  ret ptr null

dealloc:                                          ; preds = %xdec
  call void @_Py_Dealloc(ptr %v72)
  br label %cont77

cont77:                                           ; preds = %dealloc, %xdec
  br label %cont74

num_done:                                         ; preds = %num_slow, %float_fast, %int_fast
  %res = phi ptr [ %c128, %int_fast ], [ %c141, %float_fast ], [ %c142, %num_slow ]
  %rc143 = load i64, ptr %v92, align 4
  %rc1144 = sub i64 %rc143, 1
  store i64 %rc1144, ptr %v92, align 4
  %dead145 = icmp eq i64 %rc1144, 0
  br i1 %dead145, label %dealloc146, label %cont147

num_slow:                                         ; preds = %float_check, %int_test
  %c142 = call ptr @PyNumber_Add(ptr %v92, ptr %v91)
  br label %num_done

int_test:                                         ; preds = %i3
  %f101 = getelementptr i8, ptr %v92, i64 16
  %size = load i64, ptr %f101, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f102 = getelementptr i8, ptr %v92, i64 24
  %digit0 = load i32, ptr %f102, align 4
  %digit0103 = zext i32 %digit0 to i64
  %f104 = getelementptr i8, ptr %v92, i64 28
  %digit1 = load i32, ptr %f104, align 4
  %digit1105 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1105, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0103, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f106 = getelementptr i8, ptr %v91, i64 16
  %size107 = load i64, ptr %f106, align 4
  %size2108 = add i64 %size107, 2
  %compact109 = icmp ule i64 %size2108, 4
  %f110 = getelementptr i8, ptr %v91, i64 24
  %digit0111 = load i32, ptr %f110, align 4
  %digit0112 = zext i32 %digit0111 to i64
  %f113 = getelementptr i8, ptr %v91, i64 28
  %digit1114 = load i32, ptr %f113, align 4
  %digit1115 = zext i32 %digit1114 to i64
  %negative116 = icmp slt i64 %size107, 0
  %neg_size117 = sub i64 0, %size107
  %ndigits118 = select i1 %negative116, i64 %neg_size117, i64 %size107
  %two119 = icmp eq i64 %ndigits118, 2
  %hi120 = shl i64 %digit1115, 30
  %hi2121 = select i1 %two119, i64 %hi120, i64 0
  %mag122 = add i64 %digit0112, %hi2121
  %zero123 = icmp eq i64 %size107, 0
  %mag0124 = select i1 %zero123, i64 0, i64 %mag122
  %neg_mag125 = sub i64 0, %mag0124
  %ival126 = select i1 %negative116, i64 %neg_mag125, i64 %mag0124
  %compact127 = and i1 %compact, %compact109
  br i1 %compact127, label %int_fast, label %num_slow

float_check:                                      ; preds = %i3
  %f129 = getelementptr i8, ptr %v92, i64 8
  %p130 = load ptr, ptr %f129, align 8
  %f131 = getelementptr i8, ptr %v91, i64 8
  %p132 = load ptr, ptr %f131, align 8
  %a133 = ptrtoint ptr %p130 to i64
  %eq134 = icmp eq i64 %a133, ptrtoint (ptr @PyFloat_Type to i64)
  %a135 = ptrtoint ptr %p132 to i64
  %eq136 = icmp eq i64 %a135, ptrtoint (ptr @PyFloat_Type to i64)
  %both137 = and i1 %eq134, %eq136
  br i1 %both137, label %float_fast, label %num_slow

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival126
  %c128 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f138 = getelementptr i8, ptr %v92, i64 16
  %fval = load double, ptr %f138, align 8
  %f139 = getelementptr i8, ptr %v91, i64 16
  %fval140 = load double, ptr %f139, align 8
  %fadd = fadd double %fval, %fval140
  %c141 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %num_done

dealloc146:                                       ; preds = %num_done
  call void @_Py_Dealloc(ptr %v92)
  br label %cont147

cont147:                                          ; preds = %dealloc146, %num_done
  %rc148 = load i64, ptr %v91, align 4
  %rc1149 = sub i64 %rc148, 1
  store i64 %rc1149, ptr %v91, align 4
  %dead150 = icmp eq i64 %rc1149, 0
  br i1 %dead150, label %dealloc151, label %cont152

dealloc151:                                       ; preds = %cont147
  call void @_Py_Dealloc(ptr %v91)
  br label %cont152

cont152:                                          ; preds = %dealloc151, %cont147
  %isnull173 = icmp eq ptr %res, null
  br i1 %isnull173, label %leave_raising153, label %ok

leave_raising153:                                 ; preds = %cont152
  %f157 = getelementptr i8, ptr %0, i64 56
  %p158 = load ptr, ptr %f157, align 8
  %f159 = getelementptr i8, ptr %p158, i64 0
  %use_tracing160 = load i8, ptr %f159, align 1
  %tracing161 = icmp ne i8 %use_tracing160, 0
  br i1 %tracing161, label %error155, label %unwind_here154

unwind_here154:                                   ; preds = %leave_raising153
  %f162 = getelementptr i8, ptr %1, i64 64
  store i32 2, ptr %f162, align 4
  %f163 = getelementptr i8, ptr %f1, i64 6
  %f164 = getelementptr i8, ptr %1, i64 56
  store ptr %f163, ptr %f164, align 8
  call void @rjit_exception_leaves(ptr %0, i32 1)
  %f165 = getelementptr i8, ptr %0, i64 56
  %p166 = load ptr, ptr %f165, align 8
  %f167 = getelementptr i8, ptr %1, i64 48
  %p168 = load ptr, ptr %f167, align 8
  %f169 = getelementptr i8, ptr %p166, i64 8
  store ptr %p168, ptr %f169, align 8
  %f170 = getelementptr i8, ptr %0, i64 32
  %rem171 = load i32, ptr %f170, align 4
  %rem1172 = add i32 %rem171, 1
  store i32 %rem1172, ptr %f170, align 4
  ret ptr null

error155:                                         ; preds = %leave_raising153
  %c156 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c156

ok:                                               ; preds = %cont152
  store ptr %res, ptr %s0, align 8
  br label %i5
}

declare i32 @rjit_recursion_check(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @rjit_exception_leaves(ptr, i32)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @_Py_Dealloc(ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @PyNumber_Add(ptr, ptr)
