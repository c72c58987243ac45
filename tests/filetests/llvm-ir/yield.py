# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyFloat_Type = external global i8
@PyLong_Type = external global i8
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
  %f3 = getelementptr i8, ptr %2, i64 16
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %1, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %prev = ptrtoint ptr %p6 to i64
  %base = ptrtoint ptr %f2 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %u0.resume_in_interpreter [
    i64 0, label %u0.resume
    i64 4, label %u0.resume17
    i64 11, label %u0.resume37
  ]

i0:                                               ; No predecessors!
  br label %u0.deopt

i1:                                               ; preds = %u0.reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %u1.cont, label %u1.xdec

i2:                                               ; preds = %u1.cont
  %f61 = getelementptr i8, ptr %0, i64 16
  %p62 = load ptr, ptr %f61, align 8
  %f63 = getelementptr i8, ptr %p62, i64 100
  %eval_breaker = load volatile i32, ptr %f63, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %u2.eval_breaker, label %u2.cont, !prof !0

i3:                                               ; preds = %u2.cont
  %f67 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f67, align 8
  %isnull68 = icmp eq ptr %local, null
  br i1 %isnull68, label %u3.unbound, label %u3.bound, !prof !0

i4:                                               ; preds = %u3.bound
  %v74 = load ptr, ptr %s0, align 8
  %f75 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f75, align 4
  %f76 = getelementptr i8, ptr %f2, i64 8
  %f77 = getelementptr i8, ptr %1, i64 56
  store ptr %f76, ptr %f77, align 8
  %f78 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f78, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v74

i5:                                               ; preds = %u0.reload18
  %f79 = getelementptr i8, ptr %0, i64 16
  %p80 = load ptr, ptr %f79, align 8
  %f81 = getelementptr i8, ptr %p80, i64 100
  %eval_breaker82 = load volatile i32, ptr %f81, align 4
  %eb83 = icmp ne i32 %eval_breaker82, 0
  br i1 %eb83, label %u5.eval_breaker, label %u5.cont, !prof !0

i6:                                               ; preds = %u5.cont
  %v91 = load ptr, ptr %s0, align 8
  %isnull92 = icmp eq ptr %v91, null
  br i1 %isnull92, label %u6.cont, label %u6.xdec

i7:                                               ; preds = %u6.cont
  %f99 = getelementptr i8, ptr %1, i64 72
  %local100 = load ptr, ptr %f99, align 8
  %isnull101 = icmp eq ptr %local100, null
  br i1 %isnull101, label %u7.unbound, label %u7.bound, !prof !0

i8:                                               ; preds = %u7.bound
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v105 = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v106 = load ptr, ptr %s0, align 8
  %f107 = getelementptr i8, ptr %f2, i64 18
  %f108 = getelementptr i8, ptr %1, i64 56
  store ptr %f107, ptr %f108, align 8
  %f109 = getelementptr i8, ptr %v106, i64 8
  %p110 = load ptr, ptr %f109, align 8
  %a = ptrtoint ptr %p110 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  %v356 = load ptr, ptr %s0, align 8
  %f357 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f357, align 4
  %f358 = getelementptr i8, ptr %f2, i64 22
  %f359 = getelementptr i8, ptr %1, i64 56
  store ptr %f358, ptr %f359, align 8
  %f360 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f360, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v356

i12:                                              ; preds = %u0.reload38
  %f361 = getelementptr i8, ptr %0, i64 16
  %p362 = load ptr, ptr %f361, align 8
  %f363 = getelementptr i8, ptr %p362, i64 100
  %eval_breaker364 = load volatile i32, ptr %f363, align 4
  %eb365 = icmp ne i32 %eval_breaker364, 0
  br i1 %eb365, label %u12.eval_breaker, label %u12.cont, !prof !0

i13:                                              ; preds = %u12.cont
  %v373 = load ptr, ptr %s0, align 8
  %isnull374 = icmp eq ptr %v373, null
  br i1 %isnull374, label %u13.cont, label %u13.xdec

i14:                                              ; preds = %u13.cont
  %f381 = getelementptr i8, ptr %2, i64 0
  %p382 = load ptr, ptr %f381, align 8
  %rc383 = load i64, ptr %p382, align 4
  %rc1384 = add i64 %rc383, 1
  store i64 %rc1384, ptr %p382, align 4
  store ptr %p382, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v385 = load ptr, ptr %s0, align 8
  %f386 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f386, align 4
  %f387 = getelementptr i8, ptr %f2, i64 30
  %f388 = getelementptr i8, ptr %1, i64 56
  store ptr %f387, ptr %f388, align 8
  %f389 = getelementptr i8, ptr %0, i64 56
  %p390 = load ptr, ptr %f389, align 8
  %f391 = getelementptr i8, ptr %1, i64 48
  %p392 = load ptr, ptr %f391, align 8
  %f393 = getelementptr i8, ptr %p390, i64 8
  store ptr %p392, ptr %f393, align 8
  %f394 = getelementptr i8, ptr %0, i64 32
  %rem395 = load i32, ptr %f394, align 4
  %rem1396 = add i32 %rem395, 1
  store i32 %rem1396, ptr %f394, align 4
  ret ptr %v385

u0.resume_in_interpreter:                         ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

u0.resume:                                        ; preds = %entry
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %u0.recursion_check, label %u0.link

u0.reload:                                        ; preds = %u0.link
  %f15 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f15, align 8
  store ptr %saved, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
  br label %i1

u0.recursion_check:                               ; preds = %u0.resume
  %c8 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c8, 0
  br i1 %too_deep, label %u0.recursion_error, label %u0.link

u0.link:                                          ; preds = %u0.recursion_check, %u0.resume
  %f9 = getelementptr i8, ptr %0, i64 56
  %p10 = load ptr, ptr %f9, align 8
  %f11 = getelementptr i8, ptr %p10, i64 8
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %1, i64 48
  store ptr %p12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %p10, i64 8
  store ptr %1, ptr %f14, align 8
  br label %u0.reload

u0.recursion_error:                               ; preds = %u0.recursion_check
  ret ptr null

u0.resume17:                                      ; preds = %entry
  %f19 = getelementptr i8, ptr %0, i64 32
  %rem20 = load i32, ptr %f19, align 4
  %rem121 = sub i32 %rem20, 1
  store i32 %rem121, ptr %f19, align 4
  %exhausted22 = icmp sle i32 %rem20, 0
  br i1 %exhausted22, label %u0.recursion_check23, label %u0.link24

u0.reload18:                                      ; preds = %u0.link24
  %f34 = getelementptr i8, ptr %1, i64 80
  %saved35 = load ptr, ptr %f34, align 8
  store ptr %saved35, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f36, align 4
  br label %i5

u0.recursion_check23:                             ; preds = %u0.resume17
  %c25 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep26 = icmp ne i32 %c25, 0
  br i1 %too_deep26, label %u0.recursion_error27, label %u0.link24

u0.link24:                                        ; preds = %u0.recursion_check23, %u0.resume17
  %f28 = getelementptr i8, ptr %0, i64 56
  %p29 = load ptr, ptr %f28, align 8
  %f30 = getelementptr i8, ptr %p29, i64 8
  %p31 = load ptr, ptr %f30, align 8
  %f32 = getelementptr i8, ptr %1, i64 48
  store ptr %p31, ptr %f32, align 8
  %f33 = getelementptr i8, ptr %p29, i64 8
  store ptr %1, ptr %f33, align 8
  br label %u0.reload18

u0.recursion_error27:                             ; preds = %u0.recursion_check23
  ret ptr null

u0.resume37:                                      ; preds = %entry
  %f39 = getelementptr i8, ptr %0, i64 32
  %rem40 = load i32, ptr %f39, align 4
  %rem141 = sub i32 %rem40, 1
  store i32 %rem141, ptr %f39, align 4
  %exhausted42 = icmp sle i32 %rem40, 0
  br i1 %exhausted42, label %u0.recursion_check43, label %u0.link44

u0.reload38:                                      ; preds = %u0.link44
  %f54 = getelementptr i8, ptr %1, i64 80
  %saved55 = load ptr, ptr %f54, align 8
  store ptr %saved55, ptr %s0, align 8
  %f56 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f56, align 4
  br label %i12

u0.recursion_check43:                             ; preds = %u0.resume37
  %c45 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep46 = icmp ne i32 %c45, 0
  br i1 %too_deep46, label %u0.recursion_error47, label %u0.link44

u0.link44:                                        ; preds = %u0.recursion_check43, %u0.resume37
  %f48 = getelementptr i8, ptr %0, i64 56
  %p49 = load ptr, ptr %f48, align 8
  %f50 = getelementptr i8, ptr %p49, i64 8
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %1, i64 48
  store ptr %p51, ptr %f52, align 8
  %f53 = getelementptr i8, ptr %p49, i64 8
  store ptr %1, ptr %f53, align 8
  br label %u0.reload38

u0.recursion_error47:                             ; preds = %u0.recursion_check43
  ret ptr null

u0.deopt:                                         ; preds = %i0
  %c57 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c57

u1.xdec:                                          ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %u1.dealloc, label %u1.cont58, !prof !0

u1.cont:                                          ; preds = %u1.cont58, %i1
  br label %i2

u1.dealloc:                                       ; preds = %u1.xdec
  %f59 = getelementptr i8, ptr %f2, i64 2
  %f60 = getelementptr i8, ptr %1, i64 56
  store ptr %f59, ptr %f60, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %u1.cont58

u1.cont58:                                        ; preds = %u1.dealloc, %u1.xdec
  br label %u1.cont

u2.eval_breaker:                                  ; preds = %i2
  %c64 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c64, label %u2.deopt [
    i32 0, label %u2.cont
    i32 -1, label %u2.error
  ]

u2.cont:                                          ; preds = %u2.eval_breaker, %i2
  br label %i3

u2.deopt:                                         ; preds = %u2.eval_breaker
  %c65 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c65

u2.error:                                         ; preds = %u2.eval_breaker
  %c66 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c66

u3.unbound:                                       ; preds = %i3
  %f69 = getelementptr i8, ptr %f2, i64 6
  %f70 = getelementptr i8, ptr %1, i64 56
  store ptr %f69, ptr %f70, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u3.error

u3.bound:                                         ; preds = %i3
  %rc72 = load i64, ptr %local, align 4
  %rc173 = add i64 %rc72, 1
  store i64 %rc173, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

u3.error:                                         ; preds = %u3.unbound
  %c71 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c71

u5.eval_breaker:                                  ; preds = %i5
  %c84 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c84, label %u5.deopt [
    i32 0, label %u5.cont
    i32 -1, label %u5.error
  ]

u5.cont:                                          ; preds = %u5.eval_breaker, %i5
  br label %i6

u5.deopt:                                         ; preds = %u5.eval_breaker
  %v85 = load ptr, ptr %s0, align 8
  %f86 = getelementptr i8, ptr %1, i64 80
  store ptr %v85, ptr %f86, align 8
  %c87 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c87

u5.error:                                         ; preds = %u5.eval_breaker
  %v88 = load ptr, ptr %s0, align 8
  %f89 = getelementptr i8, ptr %1, i64 80
  store ptr %v88, ptr %f89, align 8
  %c90 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c90

u6.xdec:                                          ; preds = %i6
  %rc93 = load i64, ptr %v91, align 4
  %rc194 = sub i64 %rc93, 1
  store i64 %rc194, ptr %v91, align 4
  %dead95 = icmp eq i64 %rc194, 0
  br i1 %dead95, label %u6.dealloc, label %u6.cont96, !prof !0

u6.cont:                                          ; preds = %u6.cont96, %i6
  br label %i7

u6.dealloc:                                       ; preds = %u6.xdec
  %f97 = getelementptr i8, ptr %f2, i64 12
  %f98 = getelementptr i8, ptr %1, i64 56
  store ptr %f97, ptr %f98, align 8
  call void @_Py_Dealloc(ptr %v91)
  br label %u6.cont96

u6.cont96:                                        ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u7.unbound:                                       ; preds = %i7
  %f102 = getelementptr i8, ptr %f2, i64 14
  %f103 = getelementptr i8, ptr %1, i64 56
  store ptr %f102, ptr %f103, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u7.error

u7.bound:                                         ; preds = %i7
  store ptr %local100, ptr %s0, align 8
  br label %i8

u7.error:                                         ; preds = %u7.unbound
  %c104 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c104

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done328, %u9.fbox_done284, %u9.ibox_done231, %u9.fbox_done, %u9.ibox_done
  %res = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box269, %u9.ibox_done231 ], [ %fbox290, %u9.fbox_done284 ], [ %fbox341, %u9.fbox_done328 ], [ %number, %u9.operator_done ]
  %v348 = load ptr, ptr %s1, align 8
  %isnull349 = icmp eq ptr %v348, null
  br i1 %isnull349, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.mixed, %u9.mixed_check, %u9.int_test, %u9.box_operands
  %f342 = getelementptr i8, ptr %v106, i64 8
  %p343 = load ptr, ptr %f342, align 8
  %f344 = getelementptr i8, ptr %p343, i64 168
  %i345 = load i64, ptr %f344, align 4
  %heap = and i64 %i345, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.mixed_fast
  %fres = phi double [ %fadd327, %u9.mixed_fast ]
  %rc329 = load i64, ptr %p176, align 4
  %only330 = icmp eq i64 %rc329, 1
  %f331 = getelementptr i8, ptr %p176, i64 8
  %p332 = load ptr, ptr %f331, align 8
  %a333 = ptrtoint ptr %p332 to i64
  %eq334 = icmp eq i64 %a333, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only330, %eq334
  br i1 %only_float, label %u9.fbox_operand335, label %u9.fbox_next336

u9.box_operands:                                  ; preds = %u9.view_is_int132, %u9.view_long127, %u9.view_int, %u9.view_is_int, %u9.view_long
  %f175 = getelementptr i8, ptr %2, i64 8
  %p176 = load ptr, ptr %f175, align 8
  %rc177 = load i64, ptr %p176, align 4
  %rc1178 = add i64 %rc177, 1
  store i64 %rc1178, ptr %p176, align 4
  store ptr %p176, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.view_compact, %u9.view_float
  %vkind = phi i8 [ 1, %u9.view_float ], [ 2, %u9.view_compact ]
  %vf = phi double [ %fval, %u9.view_float ], [ 0.000000e+00, %u9.view_compact ]
  %vi = phi i64 [ 0, %u9.view_float ], [ %ival, %u9.view_compact ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u9.view119, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f111 = getelementptr i8, ptr %v106, i64 16
  %fval = load double, ptr %f111, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a112 = ptrtoint ptr %p110 to i64
  %eq113 = icmp eq i64 %a112, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq113, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f114 = getelementptr i8, ptr %v106, i64 16
  %size = load i64, ptr %f114, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f115 = getelementptr i8, ptr %v106, i64 24
  %digit0 = load i32, ptr %f115, align 4
  %digit0116 = zext i32 %digit0 to i64
  %f117 = getelementptr i8, ptr %v106, i64 28
  %digit1 = load i32, ptr %f117, align 4
  %digit1118 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1118, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0116, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_compact:                                  ; preds = %u9.view_is_int
  br label %u9.view

u9.view119:                                       ; preds = %u9.view_compact154, %u9.view_float126, %u9.view_compact121, %u9.view
  %vkind155 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact121 ], [ 1, %u9.view_float126 ], [ 2, %u9.view_compact154 ]
  %vf156 = phi double [ %uf, %u9.view ], [ 0.000000e+00, %u9.view_compact121 ], [ %fval129, %u9.view_float126 ], [ 0.000000e+00, %u9.view_compact154 ]
  %vi157 = phi i64 [ 0, %u9.view ], [ %ui, %u9.view_compact121 ], [ 0, %u9.view_float126 ], [ %ival153, %u9.view_compact154 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind155, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact120 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact120, label %u9.view_compact121, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f122 = getelementptr i8, ptr %v105, i64 8
  %p123 = load ptr, ptr %f122, align 8
  %a124 = ptrtoint ptr %p123 to i64
  %eq125 = icmp eq i64 %a124, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq125, label %u9.view_float126, label %u9.view_long127

u9.view_compact121:                               ; preds = %u9.view_int
  br label %u9.view119

u9.view_float126:                                 ; preds = %u9.view_object
  %f128 = getelementptr i8, ptr %v105, i64 16
  %fval129 = load double, ptr %f128, align 8
  br label %u9.view119

u9.view_long127:                                  ; preds = %u9.view_object
  %a130 = ptrtoint ptr %p123 to i64
  %eq131 = icmp eq i64 %a130, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq131, label %u9.view_is_int132, label %u9.box_operands, !prof !1

u9.view_is_int132:                                ; preds = %u9.view_long127
  %f133 = getelementptr i8, ptr %v105, i64 16
  %size134 = load i64, ptr %f133, align 4
  %size2135 = add i64 %size134, 2
  %compact136 = icmp ule i64 %size2135, 4
  %f137 = getelementptr i8, ptr %v105, i64 24
  %digit0138 = load i32, ptr %f137, align 4
  %digit0139 = zext i32 %digit0138 to i64
  %f140 = getelementptr i8, ptr %v105, i64 28
  %digit1141 = load i32, ptr %f140, align 4
  %digit1142 = zext i32 %digit1141 to i64
  %negative143 = icmp slt i64 %size134, 0
  %neg_size144 = sub i64 0, %size134
  %ndigits145 = select i1 %negative143, i64 %neg_size144, i64 %size134
  %two146 = icmp eq i64 %ndigits145, 2
  %hi147 = shl i64 %digit1142, 30
  %hi2148 = select i1 %two146, i64 %hi147, i64 0
  %mag149 = add i64 %digit0139, %hi2148
  %zero150 = icmp eq i64 %size134, 0
  %mag0151 = select i1 %zero150, i64 0, i64 %mag149
  %neg_mag152 = sub i64 0, %mag0151
  %ival153 = select i1 %negative143, i64 %neg_mag152, i64 %mag0151
  br i1 %compact136, label %u9.view_compact154, label %u9.box_operands, !prof !1

u9.view_compact154:                               ; preds = %u9.view_is_int132
  br label %u9.view119

u9.unboxed_ints:                                  ; preds = %u9.view119
  %iadd = add nsw i64 %vi, %vi157
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view119
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof172 = sitofp i64 %vi157 to double
  %view_f173 = select i1 %rint, double %itof172, double %vf156
  %fadd = fadd double %view_f, %view_f173
  %c174 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c161, %u9.ibox_init ], [ %c171, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p158 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p158, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c161 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c161, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c171 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p158, i64 %off
  %rc159 = load i64, ptr %fd, align 4
  %rc1160 = add i64 %rc159, 1
  store i64 %rc1160, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag162 = select i1 %neg, i64 %minus, i64 %iadd
  %two163 = icmp ugt i64 %mag162, 1073741823
  %ndigits164 = select i1 %two163, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits164
  %size165 = select i1 %neg, i64 %minus_n, i64 %ndigits164
  %d0 = and i64 %mag162, 1073741823
  %d1 = lshr i64 %mag162, 30
  store i64 1, ptr %c161, align 4
  %f166 = getelementptr i8, ptr %c161, i64 8
  store ptr @PyLong_Type, ptr %f166, align 8
  %f167 = getelementptr i8, ptr %c161, i64 16
  store i64 %size165, ptr %f167, align 4
  %digit = trunc i64 %d0 to i32
  %f168 = getelementptr i8, ptr %c161, i64 24
  store i32 %digit, ptr %f168, align 4
  %digit169 = trunc i64 %d1 to i32
  %f170 = getelementptr i8, ptr %c161, i64 28
  store i32 %digit169, ptr %f170, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c174, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f179 = getelementptr i8, ptr %v106, i64 8
  %p180 = load ptr, ptr %f179, align 8
  %f181 = getelementptr i8, ptr %p176, i64 8
  %p182 = load ptr, ptr %f181, align 8
  %a183 = ptrtoint ptr %p180 to i64
  %eq184 = icmp eq i64 %a183, ptrtoint (ptr @PyLong_Type to i64)
  %a185 = ptrtoint ptr %p182 to i64
  %eq186 = icmp eq i64 %a185, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq184, %eq186
  br i1 %both, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f187 = getelementptr i8, ptr %v106, i64 16
  %size188 = load i64, ptr %f187, align 4
  %size2189 = add i64 %size188, 2
  %compact190 = icmp ule i64 %size2189, 4
  %f191 = getelementptr i8, ptr %v106, i64 24
  %digit0192 = load i32, ptr %f191, align 4
  %digit0193 = zext i32 %digit0192 to i64
  %f194 = getelementptr i8, ptr %v106, i64 28
  %digit1195 = load i32, ptr %f194, align 4
  %digit1196 = zext i32 %digit1195 to i64
  %negative197 = icmp slt i64 %size188, 0
  %neg_size198 = sub i64 0, %size188
  %ndigits199 = select i1 %negative197, i64 %neg_size198, i64 %size188
  %two200 = icmp eq i64 %ndigits199, 2
  %hi201 = shl i64 %digit1196, 30
  %hi2202 = select i1 %two200, i64 %hi201, i64 0
  %mag203 = add i64 %digit0193, %hi2202
  %zero204 = icmp eq i64 %size188, 0
  %mag0205 = select i1 %zero204, i64 0, i64 %mag203
  %neg_mag206 = sub i64 0, %mag0205
  %ival207 = select i1 %negative197, i64 %neg_mag206, i64 %mag0205
  %f208 = getelementptr i8, ptr %p176, i64 16
  %size209 = load i64, ptr %f208, align 4
  %size2210 = add i64 %size209, 2
  %compact211 = icmp ule i64 %size2210, 4
  %f212 = getelementptr i8, ptr %p176, i64 24
  %digit0213 = load i32, ptr %f212, align 4
  %digit0214 = zext i32 %digit0213 to i64
  %f215 = getelementptr i8, ptr %p176, i64 28
  %digit1216 = load i32, ptr %f215, align 4
  %digit1217 = zext i32 %digit1216 to i64
  %negative218 = icmp slt i64 %size209, 0
  %neg_size219 = sub i64 0, %size209
  %ndigits220 = select i1 %negative218, i64 %neg_size219, i64 %size209
  %two221 = icmp eq i64 %ndigits220, 2
  %hi222 = shl i64 %digit1217, 30
  %hi2223 = select i1 %two221, i64 %hi222, i64 0
  %mag224 = add i64 %digit0214, %hi2223
  %zero225 = icmp eq i64 %size209, 0
  %mag0226 = select i1 %zero225, i64 0, i64 %mag224
  %neg_mag227 = sub i64 0, %mag0226
  %ival228 = select i1 %negative218, i64 %neg_mag227, i64 %mag0226
  %compact229 = and i1 %compact190, %compact211
  br i1 %compact229, label %u9.int_fast, label %u9.num_slow, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f270 = getelementptr i8, ptr %v106, i64 8
  %p271 = load ptr, ptr %f270, align 8
  %f272 = getelementptr i8, ptr %p176, i64 8
  %p273 = load ptr, ptr %f272, align 8
  %a274 = ptrtoint ptr %p271 to i64
  %eq275 = icmp eq i64 %a274, ptrtoint (ptr @PyFloat_Type to i64)
  %a276 = ptrtoint ptr %p273 to i64
  %eq277 = icmp eq i64 %a276, ptrtoint (ptr @PyFloat_Type to i64)
  %both278 = and i1 %eq275, %eq277
  br i1 %both278, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_fast:                                      ; preds = %u9.int_test
  %iadd230 = add nsw i64 %ival207, %ival228
  %biased236 = sub i64 %iadd230, -5
  %is_small237 = icmp ult i64 %biased236, 262
  br i1 %is_small237, label %u9.ibox_small232, label %u9.ibox_not_small233

u9.ibox_done231:                                  ; preds = %u9.ibox_call235, %u9.ibox_init252, %u9.ibox_table240
  %int_box269 = phi ptr [ %fd242, %u9.ibox_table240 ], [ %c250, %u9.ibox_init252 ], [ %c268, %u9.ibox_call235 ]
  br label %u9.num_done

u9.ibox_small232:                                 ; preds = %u9.int_fast
  %p238 = load ptr, ptr @rjit_small_ints, align 8
  %have_table239 = icmp ne ptr %p238, null
  br i1 %have_table239, label %u9.ibox_table240, label %u9.ibox_call235, !prof !1

u9.ibox_not_small233:                             ; preds = %u9.int_fast
  %shifted245 = add i64 %iadd230, 1152921504606846975
  %fits246 = icmp ult i64 %shifted245, 2305843009213693951
  %i247 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced248 = icmp eq i32 %i247, 0
  %inline249 = and i1 %fits246, %untraced248
  br i1 %inline249, label %u9.ibox_alloc234, label %u9.ibox_call235, !prof !1

u9.ibox_alloc234:                                 ; preds = %u9.ibox_not_small233
  %c250 = call ptr @PyObject_Malloc(i64 32)
  %allocated251 = icmp ne ptr %c250, null
  br i1 %allocated251, label %u9.ibox_init252, label %u9.ibox_call235, !prof !1

u9.ibox_call235:                                  ; preds = %u9.ibox_alloc234, %u9.ibox_not_small233, %u9.ibox_small232
  %c268 = call ptr @PyLong_FromLongLong(i64 %iadd230)
  br label %u9.ibox_done231

u9.ibox_table240:                                 ; preds = %u9.ibox_small232
  %off241 = mul i64 %biased236, 32
  %fd242 = getelementptr i8, ptr %p238, i64 %off241
  %rc243 = load i64, ptr %fd242, align 4
  %rc1244 = add i64 %rc243, 1
  store i64 %rc1244, ptr %fd242, align 4
  br label %u9.ibox_done231

u9.ibox_init252:                                  ; preds = %u9.ibox_alloc234
  %neg253 = icmp slt i64 %iadd230, 0
  %minus254 = sub i64 0, %iadd230
  %mag255 = select i1 %neg253, i64 %minus254, i64 %iadd230
  %two256 = icmp ugt i64 %mag255, 1073741823
  %ndigits257 = select i1 %two256, i64 2, i64 1
  %minus_n258 = sub i64 0, %ndigits257
  %size259 = select i1 %neg253, i64 %minus_n258, i64 %ndigits257
  %d0260 = and i64 %mag255, 1073741823
  %d1261 = lshr i64 %mag255, 30
  store i64 1, ptr %c250, align 4
  %f262 = getelementptr i8, ptr %c250, i64 8
  store ptr @PyLong_Type, ptr %f262, align 8
  %f263 = getelementptr i8, ptr %c250, i64 16
  store i64 %size259, ptr %f263, align 4
  %digit264 = trunc i64 %d0260 to i32
  %f265 = getelementptr i8, ptr %c250, i64 24
  store i32 %digit264, ptr %f265, align 4
  %digit266 = trunc i64 %d1261 to i32
  %f267 = getelementptr i8, ptr %c250, i64 28
  store i32 %digit266, ptr %f267, align 4
  br label %u9.ibox_done231

u9.float_fast:                                    ; preds = %u9.float_check
  %f279 = getelementptr i8, ptr %v106, i64 16
  %fval280 = load double, ptr %f279, align 8
  %f281 = getelementptr i8, ptr %p176, i64 16
  %fval282 = load double, ptr %f281, align 8
  %fadd283 = fadd double %fval280, %fval282
  %rc285 = load i64, ptr %p176, align 4
  %only = icmp eq i64 %rc285, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f291 = getelementptr i8, ptr %v106, i64 8
  %p292 = load ptr, ptr %f291, align 8
  %a293 = ptrtoint ptr %p292 to i64
  %eq294 = icmp eq i64 %a293, ptrtoint (ptr @PyFloat_Type to i64)
  %a295 = ptrtoint ptr %p292 to i64
  %eq296 = icmp eq i64 %a295, ptrtoint (ptr @PyLong_Type to i64)
  %f297 = getelementptr i8, ptr %p176, i64 8
  %p298 = load ptr, ptr %f297, align 8
  %a299 = ptrtoint ptr %p298 to i64
  %eq300 = icmp eq i64 %a299, ptrtoint (ptr @PyFloat_Type to i64)
  %a301 = ptrtoint ptr %p298 to i64
  %eq302 = icmp eq i64 %a301, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq294, %eq302
  %int_first = and i1 %eq296, %eq300
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done284:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox290 = phi ptr [ %p176, %u9.fbox_operand ], [ %c289, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f286 = getelementptr i8, ptr %p176, i64 16
  store double %fadd283, ptr %f286, align 8
  %rc287 = load i64, ptr %p176, align 4
  %rc1288 = add i64 %rc287, 1
  store i64 %rc1288, ptr %p176, align 4
  br label %u9.fbox_done284

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c289 = call ptr @PyFloat_FromDouble(double %fadd283)
  br label %u9.fbox_done284

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand = select i1 %float_first, ptr %p176, ptr %v106
  %float_operand = select i1 %float_first, ptr %v106, ptr %p176
  %f303 = getelementptr i8, ptr %int_operand, i64 16
  %size304 = load i64, ptr %f303, align 4
  %size2305 = add i64 %size304, 2
  %compact306 = icmp ule i64 %size2305, 4
  %f307 = getelementptr i8, ptr %int_operand, i64 24
  %digit0308 = load i32, ptr %f307, align 4
  %digit0309 = zext i32 %digit0308 to i64
  %f310 = getelementptr i8, ptr %int_operand, i64 28
  %digit1311 = load i32, ptr %f310, align 4
  %digit1312 = zext i32 %digit1311 to i64
  %negative313 = icmp slt i64 %size304, 0
  %neg_size314 = sub i64 0, %size304
  %ndigits315 = select i1 %negative313, i64 %neg_size314, i64 %size304
  %two316 = icmp eq i64 %ndigits315, 2
  %hi317 = shl i64 %digit1312, 30
  %hi2318 = select i1 %two316, i64 %hi317, i64 0
  %mag319 = add i64 %digit0309, %hi2318
  %zero320 = icmp eq i64 %size304, 0
  %mag0321 = select i1 %zero320, i64 0, i64 %mag319
  %neg_mag322 = sub i64 0, %mag0321
  %ival323 = select i1 %negative313, i64 %neg_mag322, i64 %mag0321
  br i1 %compact306, label %u9.mixed_fast, label %u9.num_slow, !prof !1

u9.mixed_fast:                                    ; preds = %u9.mixed
  %itof324 = sitofp i64 %ival323 to double
  %f325 = getelementptr i8, ptr %float_operand, i64 16
  %fval326 = load double, ptr %f325, align 8
  %x = select i1 %float_first, double %fval326, double %itof324
  %y = select i1 %float_first, double %itof324, double %fval326
  %fadd327 = fadd double %x, %y
  br label %u9.float_result

u9.fbox_done328:                                  ; preds = %u9.fbox_next336, %u9.fbox_operand335
  %fbox341 = phi ptr [ %p176, %u9.fbox_operand335 ], [ %c340, %u9.fbox_next336 ]
  br label %u9.num_done

u9.fbox_operand335:                               ; preds = %u9.float_result
  %f337 = getelementptr i8, ptr %p176, i64 16
  store double %fres, ptr %f337, align 8
  %rc338 = load i64, ptr %p176, align 4
  %rc1339 = add i64 %rc338, 1
  store i64 %rc1339, ptr %p176, align 4
  br label %u9.fbox_done328

u9.fbox_next336:                                  ; preds = %u9.float_result
  %c340 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done328

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c346 = call ptr @rjit_binary_dunder(ptr %0, ptr %v106, ptr %p176, i32 0)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c347 = call ptr @PyNumber_Add(ptr %v106, ptr %p176)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c346, %u9.operator_dunder ], [ %c347, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc350 = load i64, ptr %v348, align 4
  %rc1351 = sub i64 %rc350, 1
  store i64 %rc1351, ptr %v348, align 4
  %dead352 = icmp eq i64 %rc1351, 0
  br i1 %dead352, label %u9.dealloc, label %u9.cont353, !prof !0

u9.cont:                                          ; preds = %u9.cont353, %u9.num_done
  %isnull355 = icmp eq ptr %res, null
  br i1 %isnull355, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v348)
  br label %u9.cont353

u9.cont353:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c354 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c354

u9.ok:                                            ; preds = %u9.cont
  store ptr %res, ptr %s0, align 8
  br label %i11

u12.eval_breaker:                                 ; preds = %i12
  %c366 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c366, label %u12.deopt [
    i32 0, label %u12.cont
    i32 -1, label %u12.error
  ]

u12.cont:                                         ; preds = %u12.eval_breaker, %i12
  br label %i13

u12.deopt:                                        ; preds = %u12.eval_breaker
  %v367 = load ptr, ptr %s0, align 8
  %f368 = getelementptr i8, ptr %1, i64 80
  store ptr %v367, ptr %f368, align 8
  %c369 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c369

u12.error:                                        ; preds = %u12.eval_breaker
  %v370 = load ptr, ptr %s0, align 8
  %f371 = getelementptr i8, ptr %1, i64 80
  store ptr %v370, ptr %f371, align 8
  %c372 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c372

u13.xdec:                                         ; preds = %i13
  %rc375 = load i64, ptr %v373, align 4
  %rc1376 = sub i64 %rc375, 1
  store i64 %rc1376, ptr %v373, align 4
  %dead377 = icmp eq i64 %rc1376, 0
  br i1 %dead377, label %u13.dealloc, label %u13.cont378, !prof !0

u13.cont:                                         ; preds = %u13.cont378, %i13
  br label %i14

u13.dealloc:                                      ; preds = %u13.xdec
  %f379 = getelementptr i8, ptr %f2, i64 26
  %f380 = getelementptr i8, ptr %1, i64 56
  store ptr %f379, ptr %f380, align 8
  call void @_Py_Dealloc(ptr %v373)
  br label %u13.cont378

u13.cont378:                                      ; preds = %u13.dealloc, %u13.xdec
  br label %u13.cont
}

; Function Attrs: cold
declare ptr @rjit_resume_in_interpreter(ptr, ptr) #0

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare void @rjit_unbound_local(ptr, ptr, i32) #0

declare void @rjit_leave(ptr, ptr)

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
