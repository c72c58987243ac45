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
  %status_scratch = alloca i32, align 4
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
  %f79 = getelementptr i8, ptr %0, i64 56
  %p80 = load ptr, ptr %f79, align 8
  %f81 = getelementptr i8, ptr %1, i64 48
  %p82 = load ptr, ptr %f81, align 8
  %f83 = getelementptr i8, ptr %p80, i64 8
  store ptr %p82, ptr %f83, align 8
  %f84 = getelementptr i8, ptr %0, i64 32
  %rem85 = load i32, ptr %f84, align 4
  %rem186 = add i32 %rem85, 1
  store i32 %rem186, ptr %f84, align 4
  ret ptr %v74

i5:                                               ; preds = %u0.reload18
  %f87 = getelementptr i8, ptr %0, i64 16
  %p88 = load ptr, ptr %f87, align 8
  %f89 = getelementptr i8, ptr %p88, i64 100
  %eval_breaker90 = load volatile i32, ptr %f89, align 4
  %eb91 = icmp ne i32 %eval_breaker90, 0
  br i1 %eb91, label %u5.eval_breaker, label %u5.cont, !prof !0

i6:                                               ; preds = %u5.cont
  %v99 = load ptr, ptr %s0, align 8
  %isnull100 = icmp eq ptr %v99, null
  br i1 %isnull100, label %u6.cont, label %u6.xdec

i7:                                               ; preds = %u6.cont
  %f107 = getelementptr i8, ptr %1, i64 72
  %local108 = load ptr, ptr %f107, align 8
  %isnull109 = icmp eq ptr %local108, null
  br i1 %isnull109, label %u7.unbound, label %u7.bound, !prof !0

i8:                                               ; preds = %u7.bound
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v113 = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v114 = load ptr, ptr %s0, align 8
  %f115 = getelementptr i8, ptr %f2, i64 18
  %f116 = getelementptr i8, ptr %1, i64 56
  store ptr %f115, ptr %f116, align 8
  %f117 = getelementptr i8, ptr %v114, i64 8
  %p118 = load ptr, ptr %f117, align 8
  %a = ptrtoint ptr %p118 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %u9.view_float, label %u9.view_long

i11:                                              ; preds = %u9.ok
  %v364 = load ptr, ptr %s0, align 8
  %f365 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f365, align 4
  %f366 = getelementptr i8, ptr %f2, i64 22
  %f367 = getelementptr i8, ptr %1, i64 56
  store ptr %f366, ptr %f367, align 8
  %f368 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f368, align 1
  %f369 = getelementptr i8, ptr %0, i64 56
  %p370 = load ptr, ptr %f369, align 8
  %f371 = getelementptr i8, ptr %1, i64 48
  %p372 = load ptr, ptr %f371, align 8
  %f373 = getelementptr i8, ptr %p370, i64 8
  store ptr %p372, ptr %f373, align 8
  %f374 = getelementptr i8, ptr %0, i64 32
  %rem375 = load i32, ptr %f374, align 4
  %rem1376 = add i32 %rem375, 1
  store i32 %rem1376, ptr %f374, align 4
  ret ptr %v364

i12:                                              ; preds = %u0.reload38
  %f377 = getelementptr i8, ptr %0, i64 16
  %p378 = load ptr, ptr %f377, align 8
  %f379 = getelementptr i8, ptr %p378, i64 100
  %eval_breaker380 = load volatile i32, ptr %f379, align 4
  %eb381 = icmp ne i32 %eval_breaker380, 0
  br i1 %eb381, label %u12.eval_breaker, label %u12.cont, !prof !0

i13:                                              ; preds = %u12.cont
  %v389 = load ptr, ptr %s0, align 8
  %isnull390 = icmp eq ptr %v389, null
  br i1 %isnull390, label %u13.cont, label %u13.xdec

i14:                                              ; preds = %u13.cont
  %f397 = getelementptr i8, ptr %2, i64 0
  %p398 = load ptr, ptr %f397, align 8
  %rc399 = load i64, ptr %p398, align 4
  %rc1400 = add i64 %rc399, 1
  store i64 %rc1400, ptr %p398, align 4
  store ptr %p398, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v401 = load ptr, ptr %s0, align 8
  %f402 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f402, align 4
  %f403 = getelementptr i8, ptr %f2, i64 30
  %f404 = getelementptr i8, ptr %1, i64 56
  store ptr %f403, ptr %f404, align 8
  %f405 = getelementptr i8, ptr %0, i64 56
  %p406 = load ptr, ptr %f405, align 8
  %f407 = getelementptr i8, ptr %1, i64 48
  %p408 = load ptr, ptr %f407, align 8
  %f409 = getelementptr i8, ptr %p406, i64 8
  store ptr %p408, ptr %f409, align 8
  %f410 = getelementptr i8, ptr %0, i64 32
  %rem411 = load i32, ptr %f410, align 4
  %rem1412 = add i32 %rem411, 1
  store i32 %rem1412, ptr %f410, align 4
  ret ptr %v401

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
  %c92 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c92, label %u5.deopt [
    i32 0, label %u5.cont
    i32 -1, label %u5.error
  ]

u5.cont:                                          ; preds = %u5.eval_breaker, %i5
  br label %i6

u5.deopt:                                         ; preds = %u5.eval_breaker
  %v93 = load ptr, ptr %s0, align 8
  %f94 = getelementptr i8, ptr %1, i64 80
  store ptr %v93, ptr %f94, align 8
  %c95 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c95

u5.error:                                         ; preds = %u5.eval_breaker
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %c98 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c98

u6.xdec:                                          ; preds = %i6
  %rc101 = load i64, ptr %v99, align 4
  %rc1102 = sub i64 %rc101, 1
  store i64 %rc1102, ptr %v99, align 4
  %dead103 = icmp eq i64 %rc1102, 0
  br i1 %dead103, label %u6.dealloc, label %u6.cont104, !prof !0

u6.cont:                                          ; preds = %u6.cont104, %i6
  br label %i7

u6.dealloc:                                       ; preds = %u6.xdec
  %f105 = getelementptr i8, ptr %f2, i64 12
  %f106 = getelementptr i8, ptr %1, i64 56
  store ptr %f105, ptr %f106, align 8
  call void @_Py_Dealloc(ptr %v99)
  br label %u6.cont104

u6.cont104:                                       ; preds = %u6.dealloc, %u6.xdec
  br label %u6.cont

u7.unbound:                                       ; preds = %i7
  %f110 = getelementptr i8, ptr %f2, i64 14
  %f111 = getelementptr i8, ptr %1, i64 56
  store ptr %f110, ptr %f111, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %u7.error

u7.bound:                                         ; preds = %i7
  store ptr %local108, ptr %s0, align 8
  br label %i8

u7.error:                                         ; preds = %u7.unbound
  %c112 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c112

u9.num_done:                                      ; preds = %u9.operator_done, %u9.fbox_done336, %u9.fbox_done292, %u9.ibox_done239, %u9.fbox_done, %u9.ibox_done
  %res = phi ptr [ %int_box, %u9.ibox_done ], [ %fbox, %u9.fbox_done ], [ %int_box277, %u9.ibox_done239 ], [ %fbox298, %u9.fbox_done292 ], [ %fbox349, %u9.fbox_done336 ], [ %number, %u9.operator_done ]
  %v356 = load ptr, ptr %s1, align 8
  %isnull357 = icmp eq ptr %v356, null
  br i1 %isnull357, label %u9.cont, label %u9.xdec

u9.num_slow:                                      ; preds = %u9.mixed, %u9.mixed_check, %u9.int_test, %u9.box_operands
  %f350 = getelementptr i8, ptr %v114, i64 8
  %p351 = load ptr, ptr %f350, align 8
  %f352 = getelementptr i8, ptr %p351, i64 168
  %i353 = load i64, ptr %f352, align 4
  %heap = and i64 %i353, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %u9.operator_dunder, label %u9.operator_c

u9.float_result:                                  ; preds = %u9.mixed_fast
  %fres = phi double [ %fadd335, %u9.mixed_fast ]
  %rc337 = load i64, ptr %p184, align 4
  %only338 = icmp eq i64 %rc337, 1
  %f339 = getelementptr i8, ptr %p184, i64 8
  %p340 = load ptr, ptr %f339, align 8
  %a341 = ptrtoint ptr %p340 to i64
  %eq342 = icmp eq i64 %a341, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only338, %eq342
  br i1 %only_float, label %u9.fbox_operand343, label %u9.fbox_next344

u9.box_operands:                                  ; preds = %u9.view_is_int140, %u9.view_long135, %u9.view_int, %u9.view_is_int, %u9.view_long
  %f183 = getelementptr i8, ptr %2, i64 8
  %p184 = load ptr, ptr %f183, align 8
  %rc185 = load i64, ptr %p184, align 4
  %rc1186 = add i64 %rc185, 1
  store i64 %rc1186, ptr %p184, align 4
  store ptr %p184, ptr %s1, align 8
  br label %u9.num_slow

u9.view:                                          ; preds = %u9.view_compact, %u9.view_float
  %vkind = phi i8 [ 1, %u9.view_float ], [ 2, %u9.view_compact ]
  %vf = phi double [ %fval, %u9.view_float ], [ 0.000000e+00, %u9.view_compact ]
  %vi = phi i64 [ 0, %u9.view_float ], [ %ival, %u9.view_compact ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %u9.view127, label %u9.view_not_float, !prof !1

u9.view_float:                                    ; preds = %i9
  %f119 = getelementptr i8, ptr %v114, i64 16
  %fval = load double, ptr %f119, align 8
  br label %u9.view

u9.view_long:                                     ; preds = %i9
  %a120 = ptrtoint ptr %p118 to i64
  %eq121 = icmp eq i64 %a120, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq121, label %u9.view_is_int, label %u9.box_operands, !prof !1

u9.view_is_int:                                   ; preds = %u9.view_long
  %f122 = getelementptr i8, ptr %v114, i64 16
  %size = load i64, ptr %f122, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f123 = getelementptr i8, ptr %v114, i64 24
  %digit0 = load i32, ptr %f123, align 4
  %digit0124 = zext i32 %digit0 to i64
  %f125 = getelementptr i8, ptr %v114, i64 28
  %digit1 = load i32, ptr %f125, align 4
  %digit1126 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1126, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0124, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact, label %u9.view_compact, label %u9.box_operands, !prof !1

u9.view_compact:                                  ; preds = %u9.view_is_int
  br label %u9.view

u9.view127:                                       ; preds = %u9.view_compact162, %u9.view_float134, %u9.view_compact129, %u9.view
  %vkind163 = phi i8 [ 1, %u9.view ], [ 2, %u9.view_compact129 ], [ 1, %u9.view_float134 ], [ 2, %u9.view_compact162 ]
  %vf164 = phi double [ %uf, %u9.view ], [ 0.000000e+00, %u9.view_compact129 ], [ %fval137, %u9.view_float134 ], [ 0.000000e+00, %u9.view_compact162 ]
  %vi165 = phi i64 [ 0, %u9.view ], [ %ui, %u9.view_compact129 ], [ 0, %u9.view_float134 ], [ %ival161, %u9.view_compact162 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind163, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %u9.unboxed_ints, label %u9.unboxed_floats

u9.view_not_float:                                ; preds = %u9.view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %u9.view_int, label %u9.view_object

u9.view_int:                                      ; preds = %u9.view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact128 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact128, label %u9.view_compact129, label %u9.box_operands, !prof !1

u9.view_object:                                   ; preds = %u9.view_not_float
  %f130 = getelementptr i8, ptr %v113, i64 8
  %p131 = load ptr, ptr %f130, align 8
  %a132 = ptrtoint ptr %p131 to i64
  %eq133 = icmp eq i64 %a132, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq133, label %u9.view_float134, label %u9.view_long135

u9.view_compact129:                               ; preds = %u9.view_int
  br label %u9.view127

u9.view_float134:                                 ; preds = %u9.view_object
  %f136 = getelementptr i8, ptr %v113, i64 16
  %fval137 = load double, ptr %f136, align 8
  br label %u9.view127

u9.view_long135:                                  ; preds = %u9.view_object
  %a138 = ptrtoint ptr %p131 to i64
  %eq139 = icmp eq i64 %a138, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq139, label %u9.view_is_int140, label %u9.box_operands, !prof !1

u9.view_is_int140:                                ; preds = %u9.view_long135
  %f141 = getelementptr i8, ptr %v113, i64 16
  %size142 = load i64, ptr %f141, align 4
  %size2143 = add i64 %size142, 2
  %compact144 = icmp ule i64 %size2143, 4
  %f145 = getelementptr i8, ptr %v113, i64 24
  %digit0146 = load i32, ptr %f145, align 4
  %digit0147 = zext i32 %digit0146 to i64
  %f148 = getelementptr i8, ptr %v113, i64 28
  %digit1149 = load i32, ptr %f148, align 4
  %digit1150 = zext i32 %digit1149 to i64
  %negative151 = icmp slt i64 %size142, 0
  %neg_size152 = sub i64 0, %size142
  %ndigits153 = select i1 %negative151, i64 %neg_size152, i64 %size142
  %two154 = icmp eq i64 %ndigits153, 2
  %hi155 = shl i64 %digit1150, 30
  %hi2156 = select i1 %two154, i64 %hi155, i64 0
  %mag157 = add i64 %digit0147, %hi2156
  %zero158 = icmp eq i64 %size142, 0
  %mag0159 = select i1 %zero158, i64 0, i64 %mag157
  %neg_mag160 = sub i64 0, %mag0159
  %ival161 = select i1 %negative151, i64 %neg_mag160, i64 %mag0159
  br i1 %compact144, label %u9.view_compact162, label %u9.box_operands, !prof !1

u9.view_compact162:                               ; preds = %u9.view_is_int140
  br label %u9.view127

u9.unboxed_ints:                                  ; preds = %u9.view127
  %iadd = add nsw i64 %vi, %vi165
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %u9.ibox_small, label %u9.ibox_not_small

u9.unboxed_floats:                                ; preds = %u9.view127
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof180 = sitofp i64 %vi165 to double
  %view_f181 = select i1 %rint, double %itof180, double %vf164
  %fadd = fadd double %view_f, %view_f181
  %c182 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %u9.fbox_done

u9.ibox_done:                                     ; preds = %u9.ibox_call, %u9.ibox_init, %u9.ibox_table
  %int_box = phi ptr [ %fd, %u9.ibox_table ], [ %c169, %u9.ibox_init ], [ %c179, %u9.ibox_call ]
  br label %u9.num_done

u9.ibox_small:                                    ; preds = %u9.unboxed_ints
  %p166 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p166, null
  br i1 %have_table, label %u9.ibox_table, label %u9.ibox_call, !prof !1

u9.ibox_not_small:                                ; preds = %u9.unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %u9.ibox_alloc, label %u9.ibox_call, !prof !1

u9.ibox_alloc:                                    ; preds = %u9.ibox_not_small
  %c169 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c169, null
  br i1 %allocated, label %u9.ibox_init, label %u9.ibox_call, !prof !1

u9.ibox_call:                                     ; preds = %u9.ibox_alloc, %u9.ibox_not_small, %u9.ibox_small
  %c179 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %u9.ibox_done

u9.ibox_table:                                    ; preds = %u9.ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p166, i64 %off
  %rc167 = load i64, ptr %fd, align 4
  %rc1168 = add i64 %rc167, 1
  store i64 %rc1168, ptr %fd, align 4
  br label %u9.ibox_done

u9.ibox_init:                                     ; preds = %u9.ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag170 = select i1 %neg, i64 %minus, i64 %iadd
  %two171 = icmp ugt i64 %mag170, 1073741823
  %ndigits172 = select i1 %two171, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits172
  %size173 = select i1 %neg, i64 %minus_n, i64 %ndigits172
  %d0 = and i64 %mag170, 1073741823
  %d1 = lshr i64 %mag170, 30
  store i64 1, ptr %c169, align 4
  %f174 = getelementptr i8, ptr %c169, i64 8
  store ptr @PyLong_Type, ptr %f174, align 8
  %f175 = getelementptr i8, ptr %c169, i64 16
  store i64 %size173, ptr %f175, align 4
  %digit = trunc i64 %d0 to i32
  %f176 = getelementptr i8, ptr %c169, i64 24
  store i32 %digit, ptr %f176, align 4
  %digit177 = trunc i64 %d1 to i32
  %f178 = getelementptr i8, ptr %c169, i64 28
  store i32 %digit177, ptr %f178, align 4
  br label %u9.ibox_done

u9.fbox_done:                                     ; preds = %u9.unboxed_floats
  %fbox = phi ptr [ %c182, %u9.unboxed_floats ]
  br label %u9.num_done

u9.boxed_paths_unused:                            ; No predecessors!
  %f187 = getelementptr i8, ptr %v114, i64 8
  %p188 = load ptr, ptr %f187, align 8
  %f189 = getelementptr i8, ptr %p184, i64 8
  %p190 = load ptr, ptr %f189, align 8
  %a191 = ptrtoint ptr %p188 to i64
  %eq192 = icmp eq i64 %a191, ptrtoint (ptr @PyLong_Type to i64)
  %a193 = ptrtoint ptr %p190 to i64
  %eq194 = icmp eq i64 %a193, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq192, %eq194
  br i1 %both, label %u9.int_test, label %u9.float_check

u9.int_test:                                      ; preds = %u9.boxed_paths_unused
  %f195 = getelementptr i8, ptr %v114, i64 16
  %size196 = load i64, ptr %f195, align 4
  %size2197 = add i64 %size196, 2
  %compact198 = icmp ule i64 %size2197, 4
  %f199 = getelementptr i8, ptr %v114, i64 24
  %digit0200 = load i32, ptr %f199, align 4
  %digit0201 = zext i32 %digit0200 to i64
  %f202 = getelementptr i8, ptr %v114, i64 28
  %digit1203 = load i32, ptr %f202, align 4
  %digit1204 = zext i32 %digit1203 to i64
  %negative205 = icmp slt i64 %size196, 0
  %neg_size206 = sub i64 0, %size196
  %ndigits207 = select i1 %negative205, i64 %neg_size206, i64 %size196
  %two208 = icmp eq i64 %ndigits207, 2
  %hi209 = shl i64 %digit1204, 30
  %hi2210 = select i1 %two208, i64 %hi209, i64 0
  %mag211 = add i64 %digit0201, %hi2210
  %zero212 = icmp eq i64 %size196, 0
  %mag0213 = select i1 %zero212, i64 0, i64 %mag211
  %neg_mag214 = sub i64 0, %mag0213
  %ival215 = select i1 %negative205, i64 %neg_mag214, i64 %mag0213
  %f216 = getelementptr i8, ptr %p184, i64 16
  %size217 = load i64, ptr %f216, align 4
  %size2218 = add i64 %size217, 2
  %compact219 = icmp ule i64 %size2218, 4
  %f220 = getelementptr i8, ptr %p184, i64 24
  %digit0221 = load i32, ptr %f220, align 4
  %digit0222 = zext i32 %digit0221 to i64
  %f223 = getelementptr i8, ptr %p184, i64 28
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
  %compact237 = and i1 %compact198, %compact219
  br i1 %compact237, label %u9.int_fast, label %u9.num_slow, !prof !1

u9.float_check:                                   ; preds = %u9.boxed_paths_unused
  %f278 = getelementptr i8, ptr %v114, i64 8
  %p279 = load ptr, ptr %f278, align 8
  %f280 = getelementptr i8, ptr %p184, i64 8
  %p281 = load ptr, ptr %f280, align 8
  %a282 = ptrtoint ptr %p279 to i64
  %eq283 = icmp eq i64 %a282, ptrtoint (ptr @PyFloat_Type to i64)
  %a284 = ptrtoint ptr %p281 to i64
  %eq285 = icmp eq i64 %a284, ptrtoint (ptr @PyFloat_Type to i64)
  %both286 = and i1 %eq283, %eq285
  br i1 %both286, label %u9.float_fast, label %u9.mixed_check, !prof !1

u9.int_fast:                                      ; preds = %u9.int_test
  %iadd238 = add nsw i64 %ival215, %ival236
  %biased244 = sub i64 %iadd238, -5
  %is_small245 = icmp ult i64 %biased244, 262
  br i1 %is_small245, label %u9.ibox_small240, label %u9.ibox_not_small241

u9.ibox_done239:                                  ; preds = %u9.ibox_call243, %u9.ibox_init260, %u9.ibox_table248
  %int_box277 = phi ptr [ %fd250, %u9.ibox_table248 ], [ %c258, %u9.ibox_init260 ], [ %c276, %u9.ibox_call243 ]
  br label %u9.num_done

u9.ibox_small240:                                 ; preds = %u9.int_fast
  %p246 = load ptr, ptr @rjit_small_ints, align 8
  %have_table247 = icmp ne ptr %p246, null
  br i1 %have_table247, label %u9.ibox_table248, label %u9.ibox_call243, !prof !1

u9.ibox_not_small241:                             ; preds = %u9.int_fast
  %shifted253 = add i64 %iadd238, 1152921504606846975
  %fits254 = icmp ult i64 %shifted253, 2305843009213693951
  %i255 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced256 = icmp eq i32 %i255, 0
  %inline257 = and i1 %fits254, %untraced256
  br i1 %inline257, label %u9.ibox_alloc242, label %u9.ibox_call243, !prof !1

u9.ibox_alloc242:                                 ; preds = %u9.ibox_not_small241
  %c258 = call ptr @PyObject_Malloc(i64 32)
  %allocated259 = icmp ne ptr %c258, null
  br i1 %allocated259, label %u9.ibox_init260, label %u9.ibox_call243, !prof !1

u9.ibox_call243:                                  ; preds = %u9.ibox_alloc242, %u9.ibox_not_small241, %u9.ibox_small240
  %c276 = call ptr @PyLong_FromLongLong(i64 %iadd238)
  br label %u9.ibox_done239

u9.ibox_table248:                                 ; preds = %u9.ibox_small240
  %off249 = mul i64 %biased244, 32
  %fd250 = getelementptr i8, ptr %p246, i64 %off249
  %rc251 = load i64, ptr %fd250, align 4
  %rc1252 = add i64 %rc251, 1
  store i64 %rc1252, ptr %fd250, align 4
  br label %u9.ibox_done239

u9.ibox_init260:                                  ; preds = %u9.ibox_alloc242
  %neg261 = icmp slt i64 %iadd238, 0
  %minus262 = sub i64 0, %iadd238
  %mag263 = select i1 %neg261, i64 %minus262, i64 %iadd238
  %two264 = icmp ugt i64 %mag263, 1073741823
  %ndigits265 = select i1 %two264, i64 2, i64 1
  %minus_n266 = sub i64 0, %ndigits265
  %size267 = select i1 %neg261, i64 %minus_n266, i64 %ndigits265
  %d0268 = and i64 %mag263, 1073741823
  %d1269 = lshr i64 %mag263, 30
  store i64 1, ptr %c258, align 4
  %f270 = getelementptr i8, ptr %c258, i64 8
  store ptr @PyLong_Type, ptr %f270, align 8
  %f271 = getelementptr i8, ptr %c258, i64 16
  store i64 %size267, ptr %f271, align 4
  %digit272 = trunc i64 %d0268 to i32
  %f273 = getelementptr i8, ptr %c258, i64 24
  store i32 %digit272, ptr %f273, align 4
  %digit274 = trunc i64 %d1269 to i32
  %f275 = getelementptr i8, ptr %c258, i64 28
  store i32 %digit274, ptr %f275, align 4
  br label %u9.ibox_done239

u9.float_fast:                                    ; preds = %u9.float_check
  %f287 = getelementptr i8, ptr %v114, i64 16
  %fval288 = load double, ptr %f287, align 8
  %f289 = getelementptr i8, ptr %p184, i64 16
  %fval290 = load double, ptr %f289, align 8
  %fadd291 = fadd double %fval288, %fval290
  %rc293 = load i64, ptr %p184, align 4
  %only = icmp eq i64 %rc293, 1
  br i1 %only, label %u9.fbox_operand, label %u9.fbox_next

u9.mixed_check:                                   ; preds = %u9.float_check
  %f299 = getelementptr i8, ptr %v114, i64 8
  %p300 = load ptr, ptr %f299, align 8
  %a301 = ptrtoint ptr %p300 to i64
  %eq302 = icmp eq i64 %a301, ptrtoint (ptr @PyFloat_Type to i64)
  %a303 = ptrtoint ptr %p300 to i64
  %eq304 = icmp eq i64 %a303, ptrtoint (ptr @PyLong_Type to i64)
  %f305 = getelementptr i8, ptr %p184, i64 8
  %p306 = load ptr, ptr %f305, align 8
  %a307 = ptrtoint ptr %p306 to i64
  %eq308 = icmp eq i64 %a307, ptrtoint (ptr @PyFloat_Type to i64)
  %a309 = ptrtoint ptr %p306 to i64
  %eq310 = icmp eq i64 %a309, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq302, %eq310
  %int_first = and i1 %eq304, %eq308
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %u9.mixed, label %u9.num_slow, !prof !1

u9.fbox_done292:                                  ; preds = %u9.fbox_next, %u9.fbox_operand
  %fbox298 = phi ptr [ %p184, %u9.fbox_operand ], [ %c297, %u9.fbox_next ]
  br label %u9.num_done

u9.fbox_operand:                                  ; preds = %u9.float_fast
  %f294 = getelementptr i8, ptr %p184, i64 16
  store double %fadd291, ptr %f294, align 8
  %rc295 = load i64, ptr %p184, align 4
  %rc1296 = add i64 %rc295, 1
  store i64 %rc1296, ptr %p184, align 4
  br label %u9.fbox_done292

u9.fbox_next:                                     ; preds = %u9.float_fast
  %c297 = call ptr @PyFloat_FromDouble(double %fadd291)
  br label %u9.fbox_done292

u9.mixed:                                         ; preds = %u9.mixed_check
  %int_operand = select i1 %float_first, ptr %p184, ptr %v114
  %float_operand = select i1 %float_first, ptr %v114, ptr %p184
  %f311 = getelementptr i8, ptr %int_operand, i64 16
  %size312 = load i64, ptr %f311, align 4
  %size2313 = add i64 %size312, 2
  %compact314 = icmp ule i64 %size2313, 4
  %f315 = getelementptr i8, ptr %int_operand, i64 24
  %digit0316 = load i32, ptr %f315, align 4
  %digit0317 = zext i32 %digit0316 to i64
  %f318 = getelementptr i8, ptr %int_operand, i64 28
  %digit1319 = load i32, ptr %f318, align 4
  %digit1320 = zext i32 %digit1319 to i64
  %negative321 = icmp slt i64 %size312, 0
  %neg_size322 = sub i64 0, %size312
  %ndigits323 = select i1 %negative321, i64 %neg_size322, i64 %size312
  %two324 = icmp eq i64 %ndigits323, 2
  %hi325 = shl i64 %digit1320, 30
  %hi2326 = select i1 %two324, i64 %hi325, i64 0
  %mag327 = add i64 %digit0317, %hi2326
  %zero328 = icmp eq i64 %size312, 0
  %mag0329 = select i1 %zero328, i64 0, i64 %mag327
  %neg_mag330 = sub i64 0, %mag0329
  %ival331 = select i1 %negative321, i64 %neg_mag330, i64 %mag0329
  br i1 %compact314, label %u9.mixed_fast, label %u9.num_slow, !prof !1

u9.mixed_fast:                                    ; preds = %u9.mixed
  %itof332 = sitofp i64 %ival331 to double
  %f333 = getelementptr i8, ptr %float_operand, i64 16
  %fval334 = load double, ptr %f333, align 8
  %x = select i1 %float_first, double %fval334, double %itof332
  %y = select i1 %float_first, double %itof332, double %fval334
  %fadd335 = fadd double %x, %y
  br label %u9.float_result

u9.fbox_done336:                                  ; preds = %u9.fbox_next344, %u9.fbox_operand343
  %fbox349 = phi ptr [ %p184, %u9.fbox_operand343 ], [ %c348, %u9.fbox_next344 ]
  br label %u9.num_done

u9.fbox_operand343:                               ; preds = %u9.float_result
  %f345 = getelementptr i8, ptr %p184, i64 16
  store double %fres, ptr %f345, align 8
  %rc346 = load i64, ptr %p184, align 4
  %rc1347 = add i64 %rc346, 1
  store i64 %rc1347, ptr %p184, align 4
  br label %u9.fbox_done336

u9.fbox_next344:                                  ; preds = %u9.float_result
  %c348 = call ptr @PyFloat_FromDouble(double %fres)
  br label %u9.fbox_done336

u9.operator_dunder:                               ; preds = %u9.num_slow
  %c354 = call ptr @rjit_binary_dunder(ptr %0, ptr %v114, ptr %p184, i32 0)
  br label %u9.operator_done

u9.operator_c:                                    ; preds = %u9.num_slow
  %c355 = call ptr @PyNumber_Add(ptr %v114, ptr %p184)
  br label %u9.operator_done

u9.operator_done:                                 ; preds = %u9.operator_c, %u9.operator_dunder
  %number = phi ptr [ %c354, %u9.operator_dunder ], [ %c355, %u9.operator_c ]
  br label %u9.num_done

u9.xdec:                                          ; preds = %u9.num_done
  %rc358 = load i64, ptr %v356, align 4
  %rc1359 = sub i64 %rc358, 1
  store i64 %rc1359, ptr %v356, align 4
  %dead360 = icmp eq i64 %rc1359, 0
  br i1 %dead360, label %u9.dealloc, label %u9.cont361, !prof !0

u9.cont:                                          ; preds = %u9.cont361, %u9.num_done
  %isnull363 = icmp eq ptr %res, null
  br i1 %isnull363, label %u9.error, label %u9.ok, !prof !0

u9.dealloc:                                       ; preds = %u9.xdec
  call void @_Py_Dealloc(ptr %v356)
  br label %u9.cont361

u9.cont361:                                       ; preds = %u9.dealloc, %u9.xdec
  br label %u9.cont

u9.error:                                         ; preds = %u9.cont
  %c362 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c362

u9.ok:                                            ; preds = %u9.cont
  store ptr %res, ptr %s0, align 8
  br label %i11

u12.eval_breaker:                                 ; preds = %i12
  %c382 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c382, label %u12.deopt [
    i32 0, label %u12.cont
    i32 -1, label %u12.error
  ]

u12.cont:                                         ; preds = %u12.eval_breaker, %i12
  br label %i13

u12.deopt:                                        ; preds = %u12.eval_breaker
  %v383 = load ptr, ptr %s0, align 8
  %f384 = getelementptr i8, ptr %1, i64 80
  store ptr %v383, ptr %f384, align 8
  %c385 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c385

u12.error:                                        ; preds = %u12.eval_breaker
  %v386 = load ptr, ptr %s0, align 8
  %f387 = getelementptr i8, ptr %1, i64 80
  store ptr %v386, ptr %f387, align 8
  %c388 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c388

u13.xdec:                                         ; preds = %i13
  %rc391 = load i64, ptr %v389, align 4
  %rc1392 = sub i64 %rc391, 1
  store i64 %rc1392, ptr %v389, align 4
  %dead393 = icmp eq i64 %rc1392, 0
  br i1 %dead393, label %u13.dealloc, label %u13.cont394, !prof !0

u13.cont:                                         ; preds = %u13.cont394, %i13
  br label %i14

u13.dealloc:                                      ; preds = %u13.xdec
  %f395 = getelementptr i8, ptr %f2, i64 26
  %f396 = getelementptr i8, ptr %1, i64 56
  store ptr %f395, ptr %f396, align 8
  call void @_Py_Dealloc(ptr %v389)
  br label %u13.cont394

u13.cont394:                                      ; preds = %u13.dealloc, %u13.xdec
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

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
